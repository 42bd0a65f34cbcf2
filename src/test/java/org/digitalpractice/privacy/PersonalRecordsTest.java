package org.digitalpractice.privacy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export's sections, checked without a database: each query fits its columns, and none reads a secret. */
class PersonalRecordsTest {

    record Query(Section section, String sql) {
    }

    static List<Query> queries() {
        var queries = new ArrayList<Query>();
        for (var source : AboutThem.SOURCES) {
            queries.add(new Query(source.section(), source.sql()));
        }
        for (var source : NamingThem.SOURCES) {
            queries.add(new Query(source.section(), source.sql()));
        }
        return queries;
    }

    /** Each query's parameters are what its key says, in that order: the reader gives nothing else. */
    static int parameters(Source source) {
        return (int) source.sql().chars().filter(c -> c == '?').count();
    }

    static int selected(String sql) {
        var list = sql.substring("select ".length(), sql.indexOf(" from "));
        return list.split(",").length;
    }

    @Test
    void everyKindOfPersonalDataHasASectionAndAQuery() {
        assertEquals(20, queries().size(), "the tables of docs/privacy.md section 3 that hold personal data, some "
                + "in two files (roster memberships and changes; attempts, ratings, scenario and practice answers; "
                + "team memberships with their groups), "
                + "some in one (pulse responses and their answers)");
    }

    @Test
    void everyQueryTakesTheParametersItsKeyGives() {
        for (var source : AboutThem.SOURCES) {
            assertEquals(source.key() == Source.Key.PERSON ? 1 : 2, parameters(source), source.section().file());
            assertTrue(source.key() == Source.Key.PERSON || source.key() == Source.Key.SUBJECT_IN_COUNCIL,
                    source.section().file() + " points to the person, not to a name");
        }
        for (var source : NamingThem.SOURCES) {
            assertEquals(2, parameters(source), source.section().file());
            assertTrue(source.key() == Source.Key.NAME_IN_COUNCIL || source.key() == Source.Key.NAME_IN_CATALOGUE,
                    source.section().file() + " is found by name");
        }
    }

    @Test
    void everyQuerySelectsOneValuePerColumn() {
        for (var query : queries()) {
            assertEquals(query.section().columns().size(), selected(query.sql()), query.section().file());
        }
    }

    @Test
    void noQueryReadsASessionSecretAHashOrAStoredIdToken() {
        for (var query : queries()) {
            var sql = query.sql().toLowerCase(Locale.ROOT);
            var selected = sql.substring(0, sql.indexOf(" from "));
            assertFalse(selected.contains("code_hash") || selected.contains("launch_claims")
                    || selected.contains("s.id") || selected.contains("session_id"), query.section().file());
        }
    }

    @Test
    void everySectionHasItsOwnFile() {
        var files = queries().stream().map(q -> q.section().file()).toList();
        assertEquals(files.size(), new java.util.HashSet<>(files).size(), files.toString());
    }

    @Test
    void everySectionAndColumnIsExplained() {
        for (var query : queries()) {
            var section = query.section();
            assertTrue(section.file().matches("[a-z_]+"), section.file());
            assertFalse(section.title().isBlank() || section.explanation().isBlank(), section.file());
            section.columns().forEach(column -> assertFalse(column.meaning().isBlank(), column.name()));
        }
    }
}
