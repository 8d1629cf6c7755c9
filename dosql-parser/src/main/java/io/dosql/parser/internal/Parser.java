package io.dosql.parser.internal;

import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.lexer.Lexer;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * One parse of one SQL text: owns the token cursor and the concern-specific sub-parsers, which reach
 * each other through it (expressions contain queries, queries contain expressions, …).
 */
public final class Parser {
    final TokenCursor cursor;
    final ExpressionParser expressions;
    final PrimaryExpressionParser primaries;
    final FunctionCallParser functions;
    final TypeNameParser types;
    final QueryParser queries;
    final TableReferenceParser tables;
    final DmlParser dml;
    final CreateTableParser createTable;
    final DdlParser ddl;
    final UtilityParser utility;
    final StatementParser statements;

    public Parser(String sql) {
        this.cursor = new TokenCursor(sql, Lexer.tokenize(sql));
        this.expressions = new ExpressionParser(this);
        this.primaries = new PrimaryExpressionParser(this);
        this.functions = new FunctionCallParser(this);
        this.types = new TypeNameParser(this);
        this.queries = new QueryParser(this);
        this.tables = new TableReferenceParser(this);
        this.dml = new DmlParser(this);
        this.createTable = new CreateTableParser(this);
        this.ddl = new DdlParser(this);
        this.utility = new UtilityParser(this);
        this.statements = new StatementParser(this);
    }

    /** Every statement of a script; empty statements between semicolons are skipped. */
    public List<Statement> parseScript() {
        List<Statement> result = new ArrayList<>();
        while (true) {
            while (cursor.accept(TokenType.SEMICOLON)) {
                // empty statement
            }
            if (cursor.is(TokenType.END)) {
                return result;
            }
            result.add(statements.parseStatement());
            if (!cursor.is(TokenType.END)) {
                cursor.expect(TokenType.SEMICOLON);
            }
        }
    }

    /** Exactly one statement, optionally followed by semicolons. */
    public Statement parseSingleStatement() {
        while (cursor.accept(TokenType.SEMICOLON)) {
            // leading empty statements
        }
        Statement statement = statements.parseStatement();
        boolean terminated = false;
        while (cursor.accept(TokenType.SEMICOLON)) {
            terminated = true;
        }
        if (terminated && !cursor.is(TokenType.END)) {
            throw cursor.errorAt(cursor.peek(), "cannot insert multiple commands into a prepared statement");
        }
        expectEnd();
        return statement;
    }

    public Query parseQueryOnly() {
        Query query = queries.parseQuery();
        cursor.accept(TokenType.SEMICOLON);
        expectEnd();
        return query;
    }

    public Expression parseExpressionOnly() {
        Expression expression = expressions.parse();
        expectEnd();
        return expression;
    }

    private void expectEnd() {
        if (!cursor.is(TokenType.END)) {
            throw cursor.syntaxError();
        }
    }
}
