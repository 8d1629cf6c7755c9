package io.dosql.engine.trigger;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.StringLiteral;
import java.util.Locale;

/**
 * SQLite's {@code RAISE(IGNORE)} and {@code RAISE(ABORT|FAIL|ROLLBACK, message)} inside a trigger's
 * SELECT statements: the call is replaced by a marker text value, and a SELECT that produces the
 * marker performs the raise. This covers SQLite's idioms {@code SELECT RAISE(…) WHERE cond} and
 * {@code SELECT CASE WHEN cond THEN RAISE(…) END}.
 */
final class Raise {
    /** A prefix no user text value plausibly starts with. */
    private static final String MARKER = "\u0000dosql-raise\u0000";

    /** Thrown by RAISE(IGNORE): abandons the trigger program and the current row's change. */
    static final class Ignore extends RuntimeException {
        Ignore() {
            super("RAISE(IGNORE)", null, false, false);
        }
    }

    private Raise() {
    }

    /** Whether {@code call} is SQLite's RAISE(…) form. */
    static boolean isRaise(FunctionCall call) {
        return call.name().parts().size() == 1 && call.name().parts().get(0).equals("raise")
                && !call.arguments().isEmpty() && call.arguments().get(0) instanceof ColumnReference kind
                && kind.parts().size() == 1;
    }

    /** The marker literal standing for {@code call}. */
    static Expression marker(FunctionCall call) {
        String kind = ((ColumnReference) call.arguments().get(0)).name().toLowerCase(Locale.ROOT);
        String message = "";
        if (call.arguments().size() > 1 && call.arguments().get(1) instanceof StringLiteral text) {
            message = text.value();
        }
        switch (kind) {
            case "ignore", "abort", "fail", "rollback":
                return new StringLiteral(MARKER + kind + "\u0000" + message);
            default:
                throw ErrorCode.SYNTAX_ERROR.exception("RAISE(" + kind + ") — expected IGNORE, ABORT, FAIL or ROLLBACK");
        }
    }

    /** Performs the raise when {@code value} is a marker. */
    static void check(Object value) {
        if (!(value instanceof String text) || !text.startsWith(MARKER)) {
            return;
        }
        String rest = text.substring(MARKER.length());
        int separator = rest.indexOf('\u0000');
        String kind = rest.substring(0, separator);
        if (kind.equals("ignore")) {
            throw new Ignore();
        }
        // PostgreSQL's RAISE EXCEPTION code P0001 carries the message (SQLite reports a constraint error); FAIL and
        // ROLLBACK are treated as ABORT here (the statement is undone; the transaction then fails).
        throw new DoSqlException(ErrorCode.RAISE_EXCEPTION, rest.substring(separator + 1));
    }
}
