package io.dosql.engine.binder;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.execution.SortKey;
import io.dosql.engine.execution.WindowCall;
import io.dosql.engine.execution.window.FrameCalculator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.PlaceholderExpression;
import io.dosql.engine.function.AggregateFunctionBinding;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FrameBound;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.NamedWindow;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.WindowFrame;
import io.dosql.parser.ast.WindowSpecification;
import java.util.ArrayList;
import java.util.List;

/** Gathers the window function calls of one SELECT while its expressions are bound. */
final class WindowCollector {
    final List<WindowCall> calls = new ArrayList<>();
    private final List<NamedWindow> namedWindows;

    WindowCollector(List<NamedWindow> namedWindows) {
        this.namedWindows = namedWindows;
    }

    WindowCollector() {
        this(List.of());
    }

    private WindowSpecification resolve(WindowSpecification specification) {
        if (specification.existingWindowName() == null) {
            return specification;
        }
        for (NamedWindow named : namedWindows) {
            if (named.name().equals(specification.existingWindowName())) {
                WindowSpecification base = resolve(named.specification());
                return new WindowSpecification(null,
                        specification.partitionBy().isEmpty() ? base.partitionBy() : specification.partitionBy(),
                        specification.orderBy().isEmpty() ? base.orderBy() : specification.orderBy(),
                        specification.frame() != null ? specification.frame() : base.frame());
            }
        }
        throw ErrorCode.UNDEFINED_OBJECT.exception("window \"" + specification.existingWindowName() + "\"");
    }

    BoundExpression bind(FunctionCall call, ExpressionBinder binder) {
        String name = call.name().name();
        WindowSpecification specification = resolve(call.window());
        List<BoundExpression> arguments = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            BoundExpression bound = binder.bind(argument);
            arguments.add(bound);
            types.add(bound.type());
        }
        AggregateFunctionBinding aggregate = null;
        SqlType type;
        if (binder.context().functions().isWindowFunction(name)) {
            type = binder.context().functions().windowResultType(name, types);
            if (name.equals("lag") || name.equals("lead") || name.endsWith("_value")) {
                if (!arguments.isEmpty()) {
                    arguments.set(0, binder.cast(arguments.get(0), type));
                }
                if (arguments.size() > 2) {
                    arguments.set(2, binder.cast(arguments.get(2), type));
                }
            }
        } else if (binder.context().functions().isAggregate(name)) {
            try {
                aggregate = binder.context().functions().resolveAggregate(name, types);
            } catch (DoSqlException failure) {
                throw failure.withPosition(call.position());
            }
            for (int index = 0; index < arguments.size(); index++) {
                arguments.set(index, binder.cast(arguments.get(index), aggregate.parameterTypes().get(index)));
            }
            type = aggregate.returnType();
        } else {
            throw new DoSqlException(ErrorCode.WRONG_OBJECT_TYPE, "function " + name
                    + " is not a window function nor an aggregate").withPosition(call.position());
        }
        List<BoundExpression> partition = new ArrayList<>();
        for (Expression expression : specification.partitionBy()) {
            partition.add(binder.bind(expression));
        }
        List<SortKey> order = new ArrayList<>();
        for (OrderItem item : specification.orderBy()) {
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : !item.ascending();
            order.add(new SortKey(binder.bind(item.expression()), item.ascending(), nullsFirst));
        }
        WindowFrame frame = specification.frame();
        FrameCalculator.validate(frame, order.size());
        BoundExpression filter = call.filter() == null ? null : binder.bindCondition(call.filter(), "FILTER");
        WindowCall windowCall = new WindowCall(name, aggregate, arguments, filter, partition, order, frame,
                offset(frame, frame == null ? null : frame.start(), order, binder),
                offset(frame, frame == null ? null : frame.end(), order, binder),
                type);
        int slot = calls.size();
        calls.add(windowCall);
        return new PlaceholderExpression(true, slot, type, windowCall.describe() + "#" + slot);
    }

    private static BoundExpression offset(WindowFrame frame, FrameBound bound, List<SortKey> order,
                                          ExpressionBinder binder) {
        if (bound == null || bound.offset() == null) {
            return null;
        }
        if (frame.mode() != WindowFrame.Mode.RANGE) {
            return binder.cast(binder.bind(bound.offset()), SqlType.BIGINT);
        }
        // RANGE: numeric keys take a numeric offset, date/timestamp/interval keys an interval.
        TypeKind keyKind = order.get(0).expression().type().kind();
        BoundExpression offset = binder.bind(bound.offset());
        if (keyKind.isInteger() && offset.type().kind().isNumeric() && !offset.type().kind().isInteger()) {
            throw new DoSqlException(ErrorCode.FEATURE_NOT_SUPPORTED, "RANGE with offset PRECEDING/FOLLOWING is not "
                    + "supported for column type " + keyKind.postgresName() + " and offset type "
                    + offset.type().kind().postgresName());
        }
        if (keyKind.isNumeric()) {
            return keyKind.isInteger() ? offset : binder.cast(offset, order.get(0).expression().type());
        }
        if (keyKind == TypeKind.DATE || keyKind == TypeKind.TIMESTAMP || keyKind == TypeKind.TIMESTAMPTZ
                || keyKind == TypeKind.INTERVAL) {
            return binder.cast(offset, SqlType.INTERVAL);
        }
        throw new DoSqlException(ErrorCode.FEATURE_NOT_SUPPORTED,
                "RANGE with offset PRECEDING/FOLLOWING is not supported for column type " + keyKind.postgresName());
    }
}
