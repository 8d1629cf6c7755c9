package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.parser.ast.FunctionCall;

/** Gathers the window function calls of one SELECT while its expressions are bound. */
final class WindowCollector {
    BoundExpression bind(FunctionCall call, ExpressionBinder binder) {
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("window functions");
    }
}
