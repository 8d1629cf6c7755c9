package io.dosql.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell's backslash commands ({@code \d}, {@code \dt}, {@code \di}, {@code \d NAME},
 * {@code \timing}, {@code \q}, {@code \?}), answered from JDBC {@link DatabaseMetaData} so that they
 * work the same on any JDBC URL, and printed in psql's layout.
 */
final class MetaCommands {
    static final String HELP = String.join("\n",
            "General",
            "  \\q                     quit dosql",
            "  \\?                     show this help",
            "  \\timing [on|off]       toggle timing of commands",
            "",
            "Informational",
            "  \\d                     list tables and views",
            "  \\d NAME                describe table or view NAME (columns, types, nullable, default, indexes)",
            "  \\dt                    list tables",
            "  \\dv                    list views",
            "  \\di                    list indexes",
            "",
            "SQL statements end with ';' and may span several lines.");

    private final Shell shell;
    private final Connection connection;
    private final PrintStream out;

    MetaCommands(Shell shell, Connection connection, PrintStream out) {
        this.shell = shell;
        this.connection = connection;
        this.out = out;
    }

    void execute(String line) throws SQLException {
        String[] words = line.split("\\s+", 2);
        String command = words[0];
        String argument = words.length > 1 ? words[1].trim() : "";
        switch (command) {
            case "\\q":
            case "\\quit":
                shell.requestQuit();
                break;
            case "\\?":
                out.println(HELP);
                break;
            case "\\timing":
                timing(argument);
                break;
            case "\\d":
                if (argument.isEmpty()) {
                    listRelations(new String[] {"TABLE", "VIEW"});
                } else {
                    describe(argument);
                }
                break;
            case "\\dt":
                listRelations(new String[] {"TABLE"});
                break;
            case "\\dv":
                listRelations(new String[] {"VIEW"});
                break;
            case "\\di":
                listIndexes();
                break;
            default:
                shell.reportShellError("invalid command " + command + "\nTry \\? for help.");
        }
    }

    private void timing(String argument) {
        boolean wanted;
        if (argument.equalsIgnoreCase("on")) {
            wanted = true;
        } else if (argument.equalsIgnoreCase("off")) {
            wanted = false;
        } else {
            wanted = !shell.timing();
        }
        shell.setTiming(wanted);
        out.println("Timing is " + (wanted ? "on." : "off."));
    }

    private void listRelations(String[] types) throws SQLException {
        TablePrinter table = new TablePrinter(List.of("Schema", "Name", "Type"), new boolean[3]);
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", types)) {
            List<String[]> rows = new ArrayList<>();
            while (tables.next()) {
                rows.add(new String[] {tables.getString("TABLE_SCHEM"), tables.getString("TABLE_NAME"),
                        tables.getString("TABLE_TYPE").toLowerCase(java.util.Locale.ROOT)});
            }
            rows.sort((left, right) -> (left[0] + "." + left[1]).compareTo(right[0] + "." + right[1]));
            rows.forEach(table::addRow);
        }
        printList(table);
    }

    private void listIndexes() throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Map<String, String[]> indexes = new LinkedHashMap<>();
        try (ResultSet tables = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                String name = tables.getString("TABLE_NAME");
                try (ResultSet info = metaData.getIndexInfo(null, schema, name, false, true)) {
                    while (info.next()) {
                        String index = info.getString("INDEX_NAME");
                        indexes.putIfAbsent(schema + "." + index, new String[] {schema, index, "index", name});
                    }
                }
            }
        }
        List<String[]> rows = new ArrayList<>(indexes.values());
        rows.sort((left, right) -> (left[0] + "." + left[1]).compareTo(right[0] + "." + right[1]));
        TablePrinter table = new TablePrinter(List.of("Schema", "Name", "Type", "Table"), new boolean[4]);
        rows.forEach(table::addRow);
        printList(table);
    }

    private void printList(TablePrinter table) {
        if (table.rowCount() == 0) {
            out.println("Did not find any relations.");
            return;
        }
        table.print(out, "List of relations");
        out.println(TablePrinter.rowCountFooter(table.rowCount()));
        out.println();
    }

    /** {@code \d NAME}: NAME may be schema-qualified; unquoted names are folded to lower case. */
    private void describe(String name) throws SQLException {
        String schema = null;
        String table = name;
        int dot = name.indexOf('.');
        if (dot > 0) {
            schema = identifier(name.substring(0, dot));
            table = name.substring(dot + 1);
        }
        table = identifier(table);
        DatabaseMetaData metaData = connection.getMetaData();
        String foundSchema = null;
        String kind = null;
        try (ResultSet tables = metaData.getTables(null, escape(schema), escape(table), null)) {
            if (tables.next()) {
                foundSchema = tables.getString("TABLE_SCHEM");
                kind = tables.getString("TABLE_TYPE");
            }
        }
        if (kind == null) {
            shell.reportShellError("Did not find any relation named \"" + name + "\".");
            return;
        }
        TablePrinter columns = new TablePrinter(List.of("Column", "Type", "Collation", "Nullable", "Default"),
                new boolean[5]);
        try (ResultSet rows = metaData.getColumns(null, escape(foundSchema), escape(table), "%")) {
            while (rows.next()) {
                columns.addRow(new String[] {rows.getString("COLUMN_NAME"), TypeDisplay.of(rows), "",
                        "NO".equals(rows.getString("IS_NULLABLE")) ? "not null" : "",
                        rows.getString("COLUMN_DEF")});
            }
        }
        String title = ("VIEW".equals(kind) ? "View" : "Table") + " \"" + foundSchema + "." + table + "\"";
        columns.print(out, title);
        if ("TABLE".equals(kind)) {
            printIndexes(metaData, foundSchema, table);
        }
        out.println();
    }

    private void printIndexes(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        Map<String, List<String>> columnsByIndex = new LinkedHashMap<>();
        Map<String, Boolean> uniqueByIndex = new LinkedHashMap<>();
        try (ResultSet info = metaData.getIndexInfo(null, schema, table, false, true)) {
            while (info.next()) {
                String index = info.getString("INDEX_NAME");
                columnsByIndex.computeIfAbsent(index, key -> new ArrayList<>()).add(info.getString("COLUMN_NAME"));
                uniqueByIndex.put(index, !info.getBoolean("NON_UNIQUE"));
            }
        }
        String primaryKey = null;
        try (ResultSet keys = metaData.getPrimaryKeys(null, schema, table)) {
            if (keys.next()) {
                primaryKey = keys.getString("PK_NAME");
            }
        }
        if (columnsByIndex.isEmpty()) {
            return;
        }
        out.println("Indexes:");
        List<String> names = new ArrayList<>(columnsByIndex.keySet());
        String primary = primaryKey;
        // psql lists the primary key first, then the others by name.
        names.sort((left, right) -> left.equals(primary) ? -1 : right.equals(primary) ? 1 : left.compareTo(right));
        for (String index : names) {
            String description = index.equals(primaryKey) ? " PRIMARY KEY," : uniqueByIndex.get(index) ? " UNIQUE," : "";
            out.println("    \"" + index + "\"" + description + " btree (" + String.join(", ", columnsByIndex.get(index))
                    + ")");
        }
    }

    /** A name as the user typed it: "Quoted" keeps its case, anything else is folded to lower case. */
    private static String identifier(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Escapes LIKE wildcards so that metadata patterns match the name exactly. */
    private static String escape(String name) {
        if (name == null) {
            return null;
        }
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
