package io.dosql.engine.binder;

import io.dosql.engine.execution.AggregateCall;
import io.dosql.engine.expression.PlaceholderExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the distinct aggregate calls of one SELECT while its expressions are bound. */
final class AggregateCollector {
    final List<AggregateCall> calls = new ArrayList<>();
    private final Map<String, PlaceholderExpression> byText = new HashMap<>();

    PlaceholderExpression add(AggregateCall call) {
        String text = call.describe();
        PlaceholderExpression existing = byText.get(text);
        if (existing != null) {
            return existing;
        }
        PlaceholderExpression placeholder = new PlaceholderExpression(false, calls.size(), call.binding().returnType(), text);
        calls.add(call);
        byText.put(text, placeholder);
        return placeholder;
    }
}
