package io.dosql.parser.internal;

import io.dosql.parser.ast.ArrayConstructor;
import io.dosql.parser.ast.Between;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.BooleanLiteral;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.DecimalLiteral;
import io.dosql.parser.ast.DefaultValue;
import io.dosql.parser.ast.Exists;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FrameBound;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.InList;
import io.dosql.parser.ast.InSubquery;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.IsBoolean;
import io.dosql.parser.ast.IsDistinctFrom;
import io.dosql.parser.ast.IsNull;
import io.dosql.parser.ast.Like;
import io.dosql.parser.ast.NullLiteral;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.Parameter;
import io.dosql.parser.ast.QuantifiedComparison;
import io.dosql.parser.ast.RowConstructor;
import io.dosql.parser.ast.ScalarSubquery;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TypeName;
import io.dosql.parser.ast.TypedLiteral;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.ast.WhenClause;
import io.dosql.parser.ast.WindowFrame;
import io.dosql.parser.ast.WindowSpecification;
import io.dosql.parser.lexer.Keywords;
import java.util.List;

/**
 * Writes expressions back as SQL that this parser reads to the same tree: every operator and
 * predicate is parenthesised, names are quoted when needed, and the special forms (EXTRACT,
 * niladic CURRENT_DATE, …) are written in their SQL syntax.
 */
final class ExpressionPrinter {
    private final SqlPrinterContext context;

    ExpressionPrinter(SqlPrinterContext context) {
        this.context = context;
    }

    void print(Expression expression, StringBuilder out) {
        if (expression instanceof IntegerLiteral) {
            out.append(((IntegerLiteral) expression).value());
        } else if (expression instanceof DecimalLiteral) {
            out.append(((DecimalLiteral) expression).text());
        } else if (expression instanceof StringLiteral) {
            appendString(((StringLiteral) expression).value(), out);
        } else if (expression instanceof BooleanLiteral) {
            out.append(((BooleanLiteral) expression).value() ? "TRUE" : "FALSE");
        } else if (expression instanceof NullLiteral) {
            out.append("NULL");
        } else if (expression instanceof DefaultValue) {
            out.append("DEFAULT");
        } else if (expression instanceof Parameter) {
            out.append('$').append(((Parameter) expression).index());
        } else if (expression instanceof ColumnReference) {
            appendNames(((ColumnReference) expression).parts(), out);
        } else if (expression instanceof TypedLiteral) {
            printTypedLiteral((TypedLiteral) expression, out);
        } else if (expression instanceof BinaryOperation) {
            BinaryOperation binary = (BinaryOperation) expression;
            out.append('(');
            print(binary.left(), out);
            out.append(' ').append(binary.operator().symbol()).append(' ');
            print(binary.right(), out);
            out.append(')');
        } else if (expression instanceof UnaryOperation) {
            printUnary((UnaryOperation) expression, out);
        } else if (expression instanceof Cast) {
            out.append("CAST(");
            print(((Cast) expression).operand(), out);
            out.append(" AS ");
            printType(((Cast) expression).type(), out);
            out.append(')');
        } else if (expression instanceof CollateExpression) {
            out.append('(');
            print(((CollateExpression) expression).operand(), out);
            out.append(" COLLATE ");
            appendIdentifier(((CollateExpression) expression).collation(), out);
            out.append(')');
        } else if (expression instanceof FunctionCall) {
            printCall((FunctionCall) expression, out);
        } else if (expression instanceof CaseExpression) {
            printCase((CaseExpression) expression, out);
        } else {
            printPredicateOrConstructor(expression, out);
        }
    }

    private void printPredicateOrConstructor(Expression expression, StringBuilder out) {
        if (expression instanceof Between) {
            Between between = (Between) expression;
            out.append('(');
            print(between.operand(), out);
            out.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ").append(between.symmetric() ? "SYMMETRIC " : "");
            print(between.low(), out);
            out.append(" AND ");
            print(between.high(), out);
            out.append(')');
        } else if (expression instanceof InList) {
            InList in = (InList) expression;
            out.append('(');
            print(in.operand(), out);
            out.append(in.negated() ? " NOT IN (" : " IN (");
            printList(in.values(), out);
            out.append("))");
        } else if (expression instanceof InSubquery) {
            InSubquery in = (InSubquery) expression;
            out.append('(');
            print(in.operand(), out);
            out.append(in.negated() ? " NOT IN (" : " IN (");
            context.queries.print(in.query(), out);
            out.append("))");
        } else if (expression instanceof Like) {
            Like like = (Like) expression;
            out.append('(');
            print(like.operand(), out);
            out.append(like.negated() ? " NOT" : "").append(like.caseInsensitive() ? " ILIKE " : " LIKE ");
            print(like.pattern(), out);
            if (like.escape() != null) {
                out.append(" ESCAPE ");
                print(like.escape(), out);
            }
            out.append(')');
        } else if (expression instanceof IsNull) {
            out.append('(');
            print(((IsNull) expression).operand(), out);
            out.append(((IsNull) expression).negated() ? " IS NOT NULL)" : " IS NULL)");
        } else if (expression instanceof IsBoolean) {
            IsBoolean is = (IsBoolean) expression;
            out.append('(');
            print(is.operand(), out);
            out.append(is.negated() ? " IS NOT " : " IS ")
                    .append(is.value() == null ? "UNKNOWN" : is.value() ? "TRUE" : "FALSE").append(')');
        } else if (expression instanceof IsDistinctFrom) {
            IsDistinctFrom distinct = (IsDistinctFrom) expression;
            out.append('(');
            print(distinct.left(), out);
            out.append(distinct.negated() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ");
            print(distinct.right(), out);
            out.append(')');
        } else if (expression instanceof Exists) {
            out.append("EXISTS (");
            context.queries.print(((Exists) expression).query(), out);
            out.append(')');
        } else if (expression instanceof ScalarSubquery) {
            out.append('(');
            context.queries.print(((ScalarSubquery) expression).query(), out);
            out.append(')');
        } else if (expression instanceof QuantifiedComparison) {
            QuantifiedComparison quantified = (QuantifiedComparison) expression;
            out.append('(');
            print(quantified.left(), out);
            out.append(' ').append(quantified.operator().symbol()).append(' ').append(quantified.quantifier().name()).append(" (");
            if (quantified.query() != null) {
                context.queries.print(quantified.query(), out);
            } else {
                print(quantified.array(), out);
            }
            out.append("))");
        } else if (expression instanceof RowConstructor) {
            out.append("ROW(");
            printList(((RowConstructor) expression).elements(), out);
            out.append(')');
        } else if (expression instanceof io.dosql.parser.ast.GroupingSets grouping) {
            out.append("GROUPING SETS (");
            for (int index = 0; index < grouping.sets().size(); index++) {
                out.append(index == 0 ? "(" : ", (");
                printList(grouping.sets().get(index), out);
                out.append(')');
            }
            out.append(')');
        } else if (expression instanceof ArrayConstructor) {
            out.append("ARRAY[");
            printList(((ArrayConstructor) expression).elements(), out);
            out.append(']');
        } else {
            throw new IllegalStateException("no printer for " + expression.getClass().getSimpleName());
        }
    }

    private void printUnary(UnaryOperation unary, StringBuilder out) {
        switch (unary.operator()) {
            case NEGATE:
                out.append("(- ");
                break;
            case PLUS:
                out.append("(+ ");
                break;
            case NOT:
                out.append("(NOT ");
                break;
            default:
                out.append("(~ ");
                break;
        }
        print(unary.operand(), out);
        out.append(')');
    }

    /** {@code type 'text'} where the parser reads it back as a typed literal, else {@code CAST('text' AS type)}. */
    private void printTypedLiteral(TypedLiteral literal, StringBuilder out) {
        TypeName type = literal.type();
        String name = type.name();
        if (name.equals("bit") && type.modifiers().equals(List.of(literal.value().length()))
                && literal.value().chars().allMatch(c -> c == '0' || c == '1')) {
            out.append("B'").append(literal.value()).append('\'');
            return;
        }
        boolean simpleWord = type.modifiers().isEmpty() && !type.array() && isPlainWord(name)
                && Keywords.category(name) != Keywords.Category.RESERVED;
        boolean timeZoneType = type.modifiers().isEmpty() && !type.array()
                && (name.equals("timestamp with time zone") || name.equals("time with time zone")
                || name.equals("timestamp without time zone") || name.equals("time without time zone")
                || name.equals("double precision"));
        if (simpleWord || timeZoneType) {
            out.append(name).append(' ');
            appendString(literal.value(), out);
            return;
        }
        out.append("CAST(");
        appendString(literal.value(), out);
        out.append(" AS ");
        printType(type, out);
        out.append(')');
    }

    void printType(TypeName type, StringBuilder out) {
        String name = type.name();
        boolean bare = name.indexOf(' ') >= 0 || name.indexOf('.') >= 0
                || (isPlainWord(name) && Keywords.category(name) != Keywords.Category.RESERVED);
        if (bare) {
            out.append(type.name());
        } else {
            appendIdentifier(type.name(), out);
        }
        if (!type.modifiers().isEmpty()) {
            out.append('(');
            for (int i = 0; i < type.modifiers().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(type.modifiers().get(i));
            }
            out.append(')');
        }
        if (type.array()) {
            out.append("[]");
        }
    }

    private void printCall(FunctionCall call, StringBuilder out) {
        String name = call.name().name();
        if (call.niladic()) {
            out.append(name);
            if (!call.arguments().isEmpty()) {
                out.append('(');
                printList(call.arguments(), out);
                out.append(')');
            }
            return;
        }
        if (name.equals("extract") && call.name().parts().size() == 1 && call.arguments().size() == 2
                && call.arguments().get(0) instanceof StringLiteral) {
            out.append("EXTRACT(");
            print(call.arguments().get(0), out);
            out.append(" FROM ");
            print(call.arguments().get(1), out);
            out.append(')');
            return;
        }
        List<String> parts = call.name().parts();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : ".");
            String part = parts.get(i);
            boolean bare = isPlainWord(part) && Keywords.category(part) != Keywords.Category.RESERVED
                    && !isSpecialFormName(part);
            if (bare) {
                out.append(part);
            } else {
                appendIdentifier(part, out);
            }
        }
        out.append('(');
        if (call.star()) {
            out.append('*');
        } else {
            out.append(call.distinct() ? "DISTINCT " : "");
            printList(call.arguments(), out);
            if (!call.orderBy().isEmpty()) {
                out.append(" ORDER BY ");
                printOrderItems(call.orderBy(), out);
            }
        }
        out.append(')');
        if (call.filter() != null) {
            out.append(" FILTER (WHERE ");
            print(call.filter(), out);
            out.append(')');
        }
        if (call.window() != null) {
            out.append(" OVER ");
            printWindow(call.window(), out);
        }
    }

    /** Names the parser treats specially when followed by a parenthesis; quoting keeps them plain calls. */
    private static boolean isSpecialFormName(String name) {
        switch (name) {
            case "extract", "substring", "position", "trim", "overlay", "exists", "cast", "row", "array",
                    "current_schema":
                return true;
            default:
                return false;
        }
    }

    void printWindow(WindowSpecification window, StringBuilder out) {
        if (window.existingWindowName() != null && window.partitionBy().isEmpty() && window.orderBy().isEmpty()
                && window.frame() == null) {
            appendIdentifier(window.existingWindowName(), out);
            return;
        }
        out.append('(');
        String separator = "";
        if (window.existingWindowName() != null) {
            appendIdentifier(window.existingWindowName(), out);
            separator = " ";
        }
        if (!window.partitionBy().isEmpty()) {
            out.append(separator).append("PARTITION BY ");
            printList(window.partitionBy(), out);
            separator = " ";
        }
        if (!window.orderBy().isEmpty()) {
            out.append(separator).append("ORDER BY ");
            printOrderItems(window.orderBy(), out);
            separator = " ";
        }
        if (window.frame() != null) {
            WindowFrame frame = window.frame();
            out.append(separator).append(frame.mode().name()).append(" BETWEEN ");
            printFrameBound(frame.start(), out);
            out.append(" AND ");
            printFrameBound(frame.end(), out);
            if (frame.exclusion() != WindowFrame.Exclusion.NO_OTHERS) {
                out.append(" EXCLUDE ").append(frame.exclusion().name().replace('_', ' '));
            }
        }
        out.append(')');
    }

    private void printFrameBound(FrameBound bound, StringBuilder out) {
        switch (bound.kind()) {
            case UNBOUNDED_PRECEDING:
                out.append("UNBOUNDED PRECEDING");
                break;
            case UNBOUNDED_FOLLOWING:
                out.append("UNBOUNDED FOLLOWING");
                break;
            case CURRENT_ROW:
                out.append("CURRENT ROW");
                break;
            default:
                print(bound.offset(), out);
                out.append(bound.kind() == FrameBound.Kind.PRECEDING ? " PRECEDING" : " FOLLOWING");
                break;
        }
    }

    private void printCase(CaseExpression caseExpression, StringBuilder out) {
        out.append("CASE");
        if (caseExpression.operand() != null) {
            out.append(' ');
            print(caseExpression.operand(), out);
        }
        for (WhenClause when : caseExpression.whenClauses()) {
            out.append(" WHEN ");
            print(when.condition(), out);
            out.append(" THEN ");
            print(when.result(), out);
        }
        if (caseExpression.elseResult() != null) {
            out.append(" ELSE ");
            print(caseExpression.elseResult(), out);
        }
        out.append(" END");
    }

    void printList(List<Expression> expressions, StringBuilder out) {
        for (int i = 0; i < expressions.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            print(expressions.get(i), out);
        }
    }

    void printOrderItems(List<OrderItem> items, StringBuilder out) {
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            out.append(i == 0 ? "" : ", ");
            print(item.expression(), out);
            out.append(item.ascending() ? "" : " DESC");
            if (item.nullsFirst() != null) {
                out.append(item.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    static void appendString(String value, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '\'') {
                out.append('\'');
            }
        }
        out.append('\'');
    }

    /** Writes a name bare when the lexer folds it back to itself and it is not a reserved word, else "quoted". */
    static void appendIdentifier(String name, StringBuilder out) {
        Keywords.Category category = Keywords.category(name);
        boolean bare = isPlainWord(name) && (category == null || category == Keywords.Category.UNRESERVED);
        if (bare) {
            out.append(name);
            return;
        }
        out.append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }

    static void appendNames(List<String> parts, StringBuilder out) {
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : ".");
            appendIdentifier(parts.get(i), out);
        }
    }

    /** Lower-case letters, digits, _ and $, not starting with a digit or $. */
    static boolean isPlainWord(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || c == '_';
            boolean later = i > 0 && ((c >= '0' && c <= '9') || c == '$');
            if (!letter && !later) {
                return false;
            }
        }
        return true;
    }
}
