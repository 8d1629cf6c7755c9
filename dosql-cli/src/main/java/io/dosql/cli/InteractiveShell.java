package io.dosql.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive loop on a terminal: JLine line editing, history in {@code ~/.dosql_history},
 * prompt {@code dosql=> } (and {@code dosql-> } inside an unfinished statement); Ctrl-C discards the
 * statement being typed, Ctrl-D or {@code \q} quits.
 */
final class InteractiveShell {
    static final String PROMPT = "dosql=> ";
    static final String CONTINUATION_PROMPT = "dosql-> ";

    private final Shell shell;

    InteractiveShell(Shell shell) {
        this.shell = shell;
    }

    void run(PrintStream out) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            DefaultParser parser = new DefaultParser();
            // SQL text is not shell words: keep backslashes and quotes exactly as typed.
            parser.setEscapeChars(null);
            parser.setQuoteChars(new char[0]);
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("dosql")
                    .parser(parser)
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    // History keeps whole statements, not the lines they were typed on (see remember).
                    .variable(LineReader.DISABLE_HISTORY, true)
                    .build();
            out.println("dosql " + Main.VERSION + " - type \\? for help, \\q to quit.");
            ScriptRunner lines = new ScriptRunner(shell);
            StringBuilder pending = new StringBuilder();
            StringBuilder typed = new StringBuilder();
            while (!shell.quitRequested()) {
                String line;
                try {
                    line = reader.readLine(pending.length() == 0 ? PROMPT : CONTINUATION_PROMPT);
                } catch (UserInterruptException interrupted) {
                    pending.setLength(0);
                    typed.setLength(0);
                    continue;
                } catch (EndOfFileException endOfInput) {
                    break;
                }
                if (typed.length() > 0) {
                    typed.append('\n');
                }
                typed.append(line);
                boolean stop = lines.accept(pending, line);
                if (pending.length() == 0) {
                    remember(reader, typed.toString());
                    typed.setLength(0);
                }
                if (stop) {
                    break;
                }
            }
            reader.getHistory().save();
        }
    }

    /** Adds a finished statement or command to the history (JLine would add each typed line). */
    private static void remember(LineReader reader, String entry) {
        if (entry.isBlank()) {
            return;
        }
        reader.setVariable(LineReader.DISABLE_HISTORY, false);
        reader.getHistory().add(entry);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
    }

    private static Path historyFile() {
        return Paths.get(System.getProperty("user.home"), ".dosql_history");
    }
}
