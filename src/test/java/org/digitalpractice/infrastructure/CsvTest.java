package org.digitalpractice.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV that spreadsheets read correctly and safely. */
class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("a,b,c\r\n", Csv.row(List.of("a", "b", "c")));
    }

    @Test
    void commasQuotesAndNewLinesAreQuoted() {
        assertEquals("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
                Csv.row(List.of("a, b", "say \"hi\"", "two\nlines")));
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("'=SUM(A1),'+1,'-1,'@cmd\r\n", Csv.row(List.of("=SUM(A1)", "+1", "-1", "@cmd")));
    }

    @Test
    void missingValuesAreEmptyFields() {
        assertEquals(",x\r\n", Csv.row(Arrays.asList(null, "x")));
    }
}
