package io.dosql.cli;

import io.dosql.parser.SqlParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Non-interactive input: reads a script line by line, runs each statement once its terminating ';'
 * arrives (quotes, comments and dollar quotes respected by {@link SqlParser#isComplete}), runs a
 * backslash command when it starts a line outside a statement, and runs what is left at end of input.
 */
final class ScriptRunner {
    private final Shell shell;

    ScriptRunner(Shell shell) {
        this.shell = shell;
    }

    void run(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        StringBuilder pending = new StringBuilder();
        String line;
        while (!shell.quitRequested() && (line = reader.readLine()) != null) {
            if (accept(pending, line)) {
                return;
            }
        }
        if (!shell.quitRequested() && !pending.toString().isBlank()) {
            shell.executeScript(pending.toString());
        }
    }

    /**
     * Feeds one input line; runs whatever it completes. Returns true when the shell should stop.
     * Shared with the interactive loop, which only adds prompts and history.
     */
    boolean accept(StringBuilder pending, String line) {
        if (pending.length() == 0 && line.isBlank()) {
            return shell.quitRequested();
        }
        if (pending.toString().isBlank() && line.trim().startsWith("\\")) {
            pending.setLength(0);
            shell.executeMetaCommand(line);
            return shell.quitRequested();
        }
        pending.append(line).append('\n');
        if (isComplete(pending.toString())) {
            String script = pending.toString();
            pending.setLength(0);
            shell.executeScript(script);
        }
        return shell.quitRequested();
    }

    private static boolean isComplete(String text) {
        try {
            return SqlParser.isComplete(text);
        } catch (RuntimeException unreadable) {
            // Let the engine report whatever is wrong with the text.
            return true;
        }
    }
}
