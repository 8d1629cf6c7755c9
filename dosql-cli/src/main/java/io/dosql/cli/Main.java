package io.dosql.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code dosql} command: {@code java -jar dosql.jar [OPTIONS] [JDBC-URL | PATH]}.
 *
 * <p>Without {@code -c}/{@code -f} it is an interactive shell when attached to a terminal, and
 * otherwise runs the script read from standard input. Exit status: 0 when everything succeeded;
 * 1 when any statement or command failed in a non-interactive run (the shell still runs the rest);
 * 2 when the database could not be opened or the arguments are wrong.
 */
public final class Main {
    static final String VERSION = "0.1.0";
    static final String DEFAULT_URL = "jdbc:dosql:mem:";
    static final String USAGE = String.join("\n",
            "Usage: dosql [OPTIONS] [JDBC-URL | PATH]",
            "",
            "Opens a DoSQL database (default " + DEFAULT_URL + ", a private in-memory database; a PATH means",
            "jdbc:dosql:file:PATH) and runs SQL: interactively on a terminal, else the script on standard input.",
            "",
            "Options:",
            "  -c, --command SQL   run SQL or a backslash command, then exit (repeatable)",
            "  -f, --file FILE     run the script in FILE, then exit",
            "  -h, --help          show this help and exit",
            "  -V, --version       show the version and exit",
            "",
            "Exit status: 0 on success, 1 if any statement failed (non-interactive), 2 if the database",
            "could not be opened or the arguments are wrong.");

    private Main() {
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        int status = run(args, System.in, System.out, System.err, terminal);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams; {@code terminal} enables the interactive shell. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        String url = null;
        List<String> commands = new ArrayList<>();
        String file = null;
        for (int index = 0; index < args.length; index++) {
            String argument = args[index];
            switch (argument) {
                case "-h":
                case "--help":
                    out.println(USAGE);
                    return 0;
                case "-V":
                case "--version":
                    out.println("dosql " + VERSION);
                    return 0;
                case "-c":
                case "--command":
                case "-f":
                case "--file":
                    if (index + 1 >= args.length) {
                        err.println("dosql: option " + argument + " needs an argument");
                        return 2;
                    }
                    String value = args[++index];
                    if (argument.startsWith("-c") || argument.equals("--command")) {
                        commands.add(value);
                    } else {
                        file = value;
                    }
                    break;
                default:
                    if (argument.startsWith("-") || url != null) {
                        err.println("dosql: unexpected argument " + argument + "\nTry dosql --help.");
                        return 2;
                    }
                    url = argument.startsWith("jdbc:") ? argument : "jdbc:dosql:file:" + argument;
            }
        }
        if (url == null) {
            url = DEFAULT_URL;
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException failure) {
            ErrorReport.print(err, failure, null);
            return 2;
        }
        try (connection) {
            Shell shell = new Shell(connection, out, err);
            if (!commands.isEmpty()) {
                ScriptRunner runner = new ScriptRunner(shell);
                for (String command : commands) {
                    if (shell.quitRequested()) {
                        break;
                    }
                    runner.run(new java.io.StringReader(command));
                }
            } else if (file != null) {
                try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                    new ScriptRunner(shell).run(reader);
                }
            } else if (terminal) {
                new InteractiveShell(shell).run(out);
                return 0;
            } else {
                new ScriptRunner(shell).run(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            out.flush();
            return shell.errorCount() > 0 ? 1 : 0;
        } catch (IOException failure) {
            err.println("dosql: " + failure.getMessage());
            return 2;
        } catch (SQLException closeFailure) {
            ErrorReport.print(err, closeFailure, null);
            return 1;
        }
    }
}
