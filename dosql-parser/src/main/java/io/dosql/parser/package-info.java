/**
 * SQL text to AST and back: {@link io.dosql.parser.SqlParser} reads SQL, {@link io.dosql.parser.SqlPrinter}
 * writes a tree back as SQL that parses to the same tree; the tree is in {@link io.dosql.parser.ast}.
 *
 * <h2>Pipeline</h2>
 * {@code lexer.Lexer} turns the text into tokens (one pass over a char array, no regular
 * expressions); {@code internal.Parser} owns a token cursor and one recursive-descent parser per
 * concern: {@code ExpressionParser} (operator precedence), {@code PrimaryExpressionParser},
 * {@code FunctionCallParser}, {@code TypeNameParser}, {@code QueryParser},
 * {@code TableReferenceParser}, {@code DmlParser}, {@code CreateTableParser}, {@code DdlParser},
 * {@code UtilityParser}, dispatched by {@code StatementParser}. The printers mirror them:
 * {@code ExpressionPrinter}, {@code QueryPrinter}, {@code StatementPrinter}, {@code DdlPrinter}.
 *
 * <h2>Dialect</h2>
 * PostgreSQL 15's grammar is the reference: its keyword table (which words need quoting as names,
 * which may be aliases without AS), operator precedence (checked against PostgreSQL by evaluating
 * random expressions), error messages and positions. SQLite forms that PostgreSQL would reject as
 * syntax errors are accepted as well: {@code [x]} and {@code `x`} identifiers, {@code ?} parameters,
 * {@code ==}, postfix {@code NOT NULL}, {@code LIMIT offset, count}, {@code INSERT OR REPLACE},
 * {@code REPLACE INTO}, {@code AUTOINCREMENT}, untyped columns, {@code INDEXED BY}, {@code PRAGMA},
 * SQLite triggers and empty {@code IN ()}.
 *
 * <h2>Rewrites done here (as PostgreSQL's grammar does)</h2>
 * EXTRACT, SUBSTRING, POSITION, TRIM, OVERLAY, AT TIME ZONE ({@code timezone(zone, x)}) and
 * SIMILAR TO ({@code x ~ similar_to_escape(pattern)}) become function calls; CURRENT_DATE and
 * friends are niladic calls; {@code INTERVAL '1' DAY} is the literal {@code '1 day'};
 * {@code X'ab'} is a bytea literal; {@code (a, b) = (1, 2)} in UPDATE SET is two assignments.
 * Identifiers are folded to lower case unless quoted and truncated to 63 bytes.
 *
 * <h2>Not parsed (no AST node yet)</h2>
 * Array subscripts and slices, {@code ARRAY(subquery)}, JSON operators, {@code LIKE ANY}, data-modifying
 * statements inside WITH, {@code CREATE TABLE … (LIKE …)}, PREPARE/EXECUTE, COPY, sequences, GRANT.
 */
package io.dosql.parser;
