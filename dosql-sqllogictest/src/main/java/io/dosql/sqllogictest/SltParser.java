package io.dosql.sqllogictest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses sqllogictest scripts the way the reference runner (sqlite.org/sqllogictest) reads them.
 *
 * <p>Line handling follows the reference's {@code nextLine}: a trailing {@code \r} is dropped, a line of only
 * white space counts as blank, and lines starting with {@code #} are skipped wherever they appear (so a comment
 * never ends a record). Records are separated by blank lines; a record's first line is tokenized on white space.
 */
public final class SltParser {

    private SltParser() {
    }

    /** Reads and parses a script file. */
    public static SltScript parse(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return parse(file.toString(), text);
    }

    /** Parses script text; {@code name} is used in reports only. */
    public static SltScript parse(String name, String text) {
        List<Line> lines = significantLines(text);
        List<Record> records = new ArrayList<>();
        int position = 0;
        while (position < lines.size()) {
            if (lines.get(position).text.isEmpty()) {
                position++;
                continue;
            }
            int end = position;
            while (end < lines.size() && !lines.get(end).text.isEmpty()) {
                end++;
            }
            records.add(parseRecord(lines.subList(position, end)));
            position = end;
        }
        return new SltScript(name, records);
    }

    /** One non-comment line with its 1-based number in the file. */
    private record Line(int number, String text) {
    }

    private static List<Line> significantLines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? text.length() : newline;
            String line = text.substring(start, stop);
            start = stop + 1;
            number++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                line = "";
            }
            if (line.startsWith("#")) {
                continue;
            }
            lines.add(new Line(number, line));
        }
        return lines;
    }

    /** Parses one record: its lines up to (not including) the next blank line. */
    private static Record parseRecord(List<Line> record) {
        int first = record.get(0).number;
        List<Condition> conditions = new ArrayList<>();
        int index = 0;
        String[] tokens = tokenize(record.get(index).text);
        while (tokens[0].equals("skipif") || tokens[0].equals("onlyif")) {
            conditions.add(new Condition(tokens[0].equals("onlyif"), tokens[1]));
            index++;
            if (index >= record.size()) {
                return new InvalidRecord(first, conditions, "condition without a record");
            }
            tokens = tokenize(record.get(index).text);
        }
        List<Line> body = record.subList(index + 1, record.size());
        switch (tokens[0]) {
            case "statement":
                return parseStatement(first, conditions, tokens, body);
            case "query":
                return parseQuery(first, conditions, tokens, body);
            case "hash-threshold":
                return new HashThresholdRecord(first, conditions, leadingInteger(tokens[1]));
            case "halt":
                return new HaltRecord(first, conditions);
            default:
                return new InvalidRecord(first, conditions, "unknown record type: '" + tokens[0] + "'");
        }
    }

    private static Record parseStatement(int first, List<Condition> conditions, String[] tokens, List<Line> body) {
        boolean expectError;
        if (tokens[1].equals("ok")) {
            expectError = false;
        } else if (tokens[1].equals("error")) {
            expectError = true;
        } else {
            return new InvalidRecord(first, conditions, "statement argument should be 'ok' or 'error'");
        }
        // Extension shared by later runners: "----" after a statement introduces an expected error text we ignore.
        List<String> sql = new ArrayList<>();
        for (Line line : body) {
            if (line.text.equals("----")) {
                break;
            }
            sql.add(line.text);
        }
        return new StatementRecord(first, conditions, String.join("\n", sql), expectError);
    }

    private static Record parseQuery(int first, List<Condition> conditions, String[] tokens, List<Line> body) {
        String types = tokens[1];
        if (types.isEmpty()) {
            return new InvalidRecord(first, conditions, "missing type string");
        }
        for (int i = 0; i < types.length(); i++) {
            char type = types.charAt(i);
            if (type != 'T' && type != 'I' && type != 'R') {
                return new InvalidRecord(first, conditions, "unknown type character '" + type + "' in type string");
            }
        }
        SortMode sortMode;
        try {
            sortMode = SortMode.parse(tokens[2]);
        } catch (IllegalArgumentException unknown) {
            return new InvalidRecord(first, conditions, unknown.getMessage());
        }
        // The reference keeps only the first 20 characters of a label.
        String label = tokens[3].length() > 20 ? tokens[3].substring(0, 20) : tokens[3];
        List<String> sql = new ArrayList<>();
        List<String> results = new ArrayList<>();
        boolean inResults = false;
        for (Line line : body) {
            if (!inResults && line.text.equals("----")) {
                inResults = true;
            } else if (inResults) {
                results.add(line.text);
            } else {
                sql.add(line.text);
            }
        }
        return new QueryRecord(first, conditions, types, sortMode, label, String.join("\n", sql),
                ExpectedResult.fromLines(results));
    }

    /** Splits a line on white space into exactly four tokens, missing ones empty, as the reference does. */
    private static String[] tokenize(String line) {
        String[] tokens = {"", "", "", ""};
        String[] parts = line.trim().split("\\s+");
        for (int i = 0; i < parts.length && i < tokens.length; i++) {
            tokens[i] = parts[i];
        }
        return tokens;
    }

    /** C's atoi: optional sign and leading digits, 0 when there are none. */
    private static int leadingInteger(String text) {
        return (int) ValueFormatter.leadingInteger(text);
    }
}
