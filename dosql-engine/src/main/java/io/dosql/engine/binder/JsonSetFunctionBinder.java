package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.Casts;
import io.dosql.engine.value.JsonSetFunction;
import io.dosql.parser.ast.FunctionCall;

/**
 * The argument of a set-returning JSON function: exactly one, of the function's json/jsonb type; an
 * untyped literal is read as that type (as PostgreSQL coerces unknown), other types are 42883.
 */
final class JsonSetFunctionBinder {
    private JsonSetFunctionBinder() {
    }

    static BoundExpression argument(JsonSetFunction.Binding function, FunctionCall call, ExpressionBinder binder) {
        SqlType[] types = new SqlType[call.arguments().size()];
        BoundExpression[] bound = new BoundExpression[types.length];
        for (int index = 0; index < types.length; index++) {
            bound[index] = binder.bind(call.arguments().get(index));
            types[index] = bound[index].type();
        }
        SqlType target = function.jsonType();
        boolean fits = types.length == 1 && (types[0].kind() == TypeKind.UNKNOWN || types[0].kind() == target.kind()
                || Casts.canImplicitlyCast(types[0], target));
        if (!fits) {
            StringBuilder signature = new StringBuilder(function.name()).append('(');
            for (int index = 0; index < types.length; index++) {
                signature.append(index == 0 ? "" : ", ").append(types[index].kind().postgresName());
            }
            throw ErrorCode.UNDEFINED_FUNCTION.exception(signature.append(')')).withHint(
                    "No function matches the given name and argument types. You might need to add explicit type casts.");
        }
        return binder.cast(bound[0], target);
    }
}
