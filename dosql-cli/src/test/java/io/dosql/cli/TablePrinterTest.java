package io.dosql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {
    private static String print(TablePrinter table, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), title);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void multiLineValuesContinueWithPlus() {
        TablePrinter table = new TablePrinter(List.of("t", "x"), new boolean[] {false, true});
        table.addRow(new String[] {"a\nbc", "2"});
        assertThat(print(table, null)).isEqualTo(" t  | x \n----+---\n a +| 2\n bc | \n");
    }

    @Test
    void titleIsCentredOverTheTable() {
        TablePrinter table = new TablePrinter(List.of("Schema", "Name", "Type", "Owner", "Table"), new boolean[5]);
        table.addRow(new String[] {"public", "jt_pkey", "index", "postgres", "jt"});
        assertThat(print(table, "List of relations")).isEqualTo(String.join("\n",
                "              List of relations",
                " Schema |  Name   | Type  |  Owner   | Table ",
                "--------+---------+-------+----------+-------",
                " public | jt_pkey | index | postgres | jt",
                ""));
    }

    @Test
    void footerCountsRows() {
        assertThat(TablePrinter.rowCountFooter(1)).isEqualTo("(1 row)");
        assertThat(TablePrinter.rowCountFooter(0)).isEqualTo("(0 rows)");
    }
}
