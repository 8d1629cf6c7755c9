package io.dosql.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's aligned output format: a centred optional title, centred headers, a dashed rule, cells
 * padded to their column's width (numbers right-aligned, the last left-aligned column not padded),
 * multi-line values continued with {@code +}, and an optional footer such as {@code (2 rows)}.
 */
final class TablePrinter {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    TablePrinter(List<String> headers, boolean[] rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.clone();
    }

    /** Adds a row; null cells print as empty (psql's default for NULL). */
    void addRow(String[] cells) {
        rows.add(cells.clone());
    }

    int rowCount() {
        return rows.size();
    }

    void print(PrintStream out, String title) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = displayWidth(headers.get(column));
        }
        for (String[] row : rows) {
            for (int column = 0; column < columns; column++) {
                for (String line : lines(row[column])) {
                    widths[column] = Math.max(widths[column], displayWidth(line));
                }
            }
        }
        int totalWidth = 3 * columns - 1;
        for (int width : widths) {
            totalWidth += width;
        }
        if (title != null) {
            out.println(" ".repeat(Math.max(0, (totalWidth - title.length()) / 2)) + title);
        }
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < columns; column++) {
            String name = headers.get(column);
            int padding = widths[column] - displayWidth(name);
            header.append(column == 0 ? " " : " | ").append(" ".repeat(padding / 2)).append(name)
                    .append(" ".repeat(padding - padding / 2));
            rule.append(column == 0 ? "" : "+").append("-".repeat(widths[column] + 2));
        }
        out.println(header.append(' '));
        out.println(rule);
        for (String[] row : rows) {
            printRow(out, row, widths);
        }
    }

    private void printRow(PrintStream out, String[] row, int[] widths) {
        int columns = widths.length;
        List<List<String>> cellLines = new ArrayList<>();
        int height = 1;
        for (int column = 0; column < columns; column++) {
            List<String> lines = lines(row[column]);
            cellLines.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int lineIndex = 0; lineIndex < height; lineIndex++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                List<String> lines = cellLines.get(column);
                String text = lineIndex < lines.size() ? lines.get(lineIndex) : "";
                boolean continues = lineIndex < lines.size() - 1;
                boolean previousContinues = column > 0 && lineIndex < cellLines.get(column - 1).size() - 1;
                line.append(column == 0 ? " " : previousContinues ? "| " : " | ");
                int padding = widths[column] - displayWidth(text);
                boolean last = column == columns - 1;
                if (last && lineIndex >= lines.size()) {
                    continue;
                }
                if (rightAligned[column]) {
                    line.append(" ".repeat(padding)).append(text);
                } else if (!last || continues) {
                    line.append(text).append(" ".repeat(padding));
                } else {
                    line.append(text);
                }
                if (continues) {
                    line.append('+');
                }
            }
            out.println(line);
        }
    }

    private static List<String> lines(String value) {
        if (value == null) {
            return List.of("");
        }
        return List.of(value.split("\n", -1));
    }

    /** Characters on screen (code points; wide characters are rare enough in SQL output to ignore). */
    private static int displayWidth(String text) {
        return text.codePointCount(0, text.length());
    }

    /** psql's footer: {@code (1 row)} or {@code (N rows)}. */
    static String rowCountFooter(long rows) {
        return "(" + rows + (rows == 1 ? " row)" : " rows)");
    }
}
