package io.dosql.parser.internal;

import io.dosql.core.DoSqlException;
import io.dosql.parser.lexer.Lexer;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statement texts at top-level semicolons, using the lexer so that quotes,
 * dollar quotes and comments are respected, and keeping a SQLite trigger's {@code BEGIN … END} body
 * (whose statements end in semicolons) together. Text the lexer rejects (an unterminated string)
 * becomes the last statement, so that parsing it reports the error.
 */
public final class StatementSplitter {
    private final String sql;
    private final List<String> statements = new ArrayList<>();
    /** Whether the text ends right after a statement-ending semicolon (only whitespace or comments follow). */
    private boolean endsWithTerminator;

    private StatementSplitter(String sql) {
        this.sql = sql;
    }

    public static List<String> split(String sql) {
        StatementSplitter splitter = new StatementSplitter(sql);
        splitter.scan();
        return splitter.statements;
    }

    /**
     * Whether {@code sql} ends with a complete statement: its last token is a semicolon outside
     * quotes, comments and trigger bodies. A shell reads more lines until this is true.
     */
    public static boolean isComplete(String sql) {
        StatementSplitter splitter = new StatementSplitter(sql);
        splitter.scan();
        return splitter.endsWithTerminator;
    }

    private void scan() {
        Lexer lexer = new Lexer(sql);
        int statementStart = -1;
        int statementEnd = -1;
        int tokenIndex = 0;
        String firstWord = "";
        String secondWord = "";
        boolean trigger = false;
        boolean inTriggerBody = false;
        int caseDepth = 0;
        while (true) {
            Token token;
            try {
                token = lexer.nextToken();
            } catch (DoSqlException unlexable) {
                String rest = sql.substring(statementStart >= 0 ? statementStart : unlexable.position() - 1).trim();
                if (!rest.isEmpty()) {
                    statements.add(rest);
                }
                endsWithTerminator = false;
                return;
            }
            if (token.type() == TokenType.END || (token.type() == TokenType.SEMICOLON && !inTriggerBody)) {
                if (statementStart >= 0) {
                    statements.add(sql.substring(statementStart, statementEnd));
                }
                if (token.type() == TokenType.END) {
                    return;
                }
                endsWithTerminator = true;
                statementStart = -1;
                tokenIndex = 0;
                trigger = false;
                caseDepth = 0;
                continue;
            }
            endsWithTerminator = false;
            if (statementStart < 0) {
                statementStart = token.start();
            }
            statementEnd = token.end();
            String word = token.type() == TokenType.WORD ? token.value() : "";
            if (tokenIndex == 0) {
                firstWord = word;
            } else if (tokenIndex == 1) {
                secondWord = word;
                trigger = firstWord.equals("create") && word.equals("trigger");
            } else if (tokenIndex == 2 && firstWord.equals("create")
                    && (secondWord.equals("temp") || secondWord.equals("temporary")) && word.equals("trigger")) {
                trigger = true;
            }
            tokenIndex++;
            if (trigger && !inTriggerBody && word.equals("begin")) {
                inTriggerBody = true;
            } else if (inTriggerBody && word.equals("case")) {
                caseDepth++;
            } else if (inTriggerBody && word.equals("end")) {
                if (caseDepth > 0) {
                    caseDepth--;
                } else {
                    inTriggerBody = false;
                }
            }
        }
    }
}
