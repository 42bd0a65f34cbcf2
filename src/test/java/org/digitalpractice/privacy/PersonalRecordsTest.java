package org.digitalpractice.privacy;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
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

    static List<Query> queries() throws ReflectiveOperationException {
        var queries = new ArrayList<Query>();
        for (var field : PersonalRecords.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Section.class) {
                var sql = PersonalRecords.class.getDeclaredField(field.getName() + "_SQL");
                queries.add(new Query((Section) field.get(null), (String) sql.get(null)));
            }
        }
        return queries;
    }

    static int selected(String sql) {
        var list = sql.substring("select ".length(), sql.indexOf(" from "));
        return list.split(",").length;
    }

    @Test
    void everyKindOfPersonalDataHasASectionAndAQuery() throws Exception {
        assertEquals(20, queries().size(), "the tables of docs/privacy.md section 3 that hold personal data, some "
                + "in two files (roster memberships and changes; attempts, ratings, scenario and practice answers; "
                + "team memberships with their groups), "
                + "some in one (pulse responses and their answers)");
    }

    @Test
    void everyQuerySelectsOneValuePerColumn() throws Exception {
        for (var query : queries()) {
            assertEquals(query.section().columns().size(), selected(query.sql()), query.section().file());
        }
    }

    @Test
    void noQueryReadsASessionSecretAHashOrAStoredIdToken() throws Exception {
        for (var query : queries()) {
            var sql = query.sql().toLowerCase(Locale.ROOT);
            var selected = sql.substring(0, sql.indexOf(" from "));
            assertFalse(selected.contains("code_hash") || selected.contains("launch_claims")
                    || selected.contains("s.id") || selected.contains("session_id"), query.section().file());
        }
    }

    @Test
    void everySectionAndColumnIsExplained() throws Exception {
        for (var query : queries()) {
            var section = query.section();
            assertTrue(section.file().matches("[a-z_]+"), section.file());
            assertFalse(section.title().isBlank() || section.explanation().isBlank(), section.file());
            section.columns().forEach(column -> assertFalse(column.meaning().isBlank(), column.name()));
        }
    }
}
