package io.dosql.engine.planner;

import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.ProjectOperator;
import java.util.ArrayList;
import java.util.List;

/** Renders a physical plan as PostgreSQL-style EXPLAIN lines ("->" children, detail lines indented). */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static List<String> print(PhysicalOperator root, ExecutionContext analyzed) {
        List<String> lines = new ArrayList<>();
        print(root, 0, true, lines, analyzed);
        return lines;
    }

    private static void print(PhysicalOperator operator, int depth, boolean root, List<String> lines,
                              ExecutionContext analyzed) {
        if (operator instanceof ProjectOperator) {
            print(operator.children().get(0), depth, root, lines, analyzed);
            return;
        }
        String indent = "      ".repeat(Math.max(0, depth - 1)) + (depth > 0 ? "  ->  " : "");
        String label = operator.label();
        if (analyzed != null) {
            long[] counter = analyzed.analyzeResult(operator);
            label += counter == null ? " (never executed)" : " (actual rows=" + counter[0] + " loops=" + counter[1] + ")";
        }
        lines.add(indent + label);
        String detailIndent = "      ".repeat(depth) + (depth > 0 ? "  " : "  ");
        for (String detail : operator.details()) {
            lines.add(detailIndent + detail);
        }
        for (PhysicalOperator child : operator.children()) {
            print(child, depth + 1, false, lines, analyzed);
        }
    }
}
