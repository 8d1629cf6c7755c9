package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.engine.CatalogSnapshot;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.List;

/**
 * What the driver tells tools about DoSQL: product, version and limits, and catalog result sets built
 * from the session's {@link CatalogSnapshot} by {@link MetadataResultSets}; the yes/no capability
 * answers are in {@link DatabaseCapabilities}.
 */
final class DoSqlDatabaseMetaData extends DatabaseCapabilities {
    private final DoSqlConnection connection;

    DoSqlDatabaseMetaData(DoSqlConnection connection) {
        this.connection = connection;
    }

    private MetadataResultSets catalog() throws SQLException {
        try {
            return new MetadataResultSets(connection.session().catalog());
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, null);
        }
    }

    // ---- catalog result sets

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        return catalog().tables(schemaPattern, tableNamePattern, types);
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
                                String columnNamePattern) throws SQLException {
        return catalog().columns(schemaPattern, tableNamePattern, columnNamePattern);
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        return catalog().primaryKeys(schema, table);
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        return catalog().indexInfo(schema, table, unique);
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        return catalog().keys(schema, table, true);
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        return catalog().keys(schema, table, false);
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable)
            throws SQLException {
        return catalog().crossReference(parentSchema, parentTable, foreignSchema, foreignTable);
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return catalog().schemas(null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return catalog().schemas(schemaPattern);
    }

    /** DoSQL's single catalog has no name: no rows, as for PostgreSQL drivers that hide the database. */
    @Override
    public ResultSet getCatalogs() throws SQLException {
        connection.checkOpen();
        return MetadataResultSets.empty("TABLE_CAT");
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        connection.checkOpen();
        return MetadataResultSets.of("TABLE_TYPE", List.of(new Object[] {"TABLE"}, new Object[] {"VIEW"}));
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        connection.checkOpen();
        return MetadataResultSets.typeInfo();
    }

    // ---- objects DoSQL does not have yet: empty result sets with the specified columns

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
            throws SQLException {
        return empty("PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,RESERVED1,RESERVED2,RESERVED3,REMARKS,"
                + "PROCEDURE_TYPE:short,SPECIFIC_NAME");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) throws SQLException {
        return empty("PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,COLUMN_NAME,COLUMN_TYPE:short,DATA_TYPE:int,"
                + "TYPE_NAME,PRECISION:int,LENGTH:int,SCALE:short,RADIX:short,NULLABLE:short,REMARKS,COLUMN_DEF,"
                + "SQL_DATA_TYPE:int,SQL_DATETIME_SUB:int,CHAR_OCTET_LENGTH:int,ORDINAL_POSITION:int,IS_NULLABLE,"
                + "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
            throws SQLException {
        return empty("FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,REMARKS,FUNCTION_TYPE:short,SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) throws SQLException {
        return empty("FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,COLUMN_NAME,COLUMN_TYPE:short,DATA_TYPE:int,"
                + "TYPE_NAME,PRECISION:int,LENGTH:int,SCALE:short,RADIX:short,NULLABLE:short,REMARKS,"
                + "CHAR_OCTET_LENGTH:int,ORDINAL_POSITION:int,IS_NULLABLE,SPECIFIC_NAME");
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
            throws SQLException {
        return empty("TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,GRANTOR,GRANTEE,PRIVILEGE,IS_GRANTABLE");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return empty("TABLE_CAT,TABLE_SCHEM,TABLE_NAME,GRANTOR,GRANTEE,PRIVILEGE,IS_GRANTABLE");
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
            throws SQLException {
        return empty("SCOPE:short,COLUMN_NAME,DATA_TYPE:int,TYPE_NAME,COLUMN_SIZE:int,BUFFER_LENGTH:int,"
                + "DECIMAL_DIGITS:short,PSEUDO_COLUMN:short");
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        return empty("SCOPE:short,COLUMN_NAME,DATA_TYPE:int,TYPE_NAME,COLUMN_SIZE:int,BUFFER_LENGTH:int,"
                + "DECIMAL_DIGITS:short,PSEUDO_COLUMN:short");
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
            throws SQLException {
        return empty("TYPE_CAT,TYPE_SCHEM,TYPE_NAME,CLASS_NAME,DATA_TYPE:int,REMARKS,BASE_TYPE:short");
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern)
            throws SQLException {
        return empty("TYPE_CAT,TYPE_SCHEM,TYPE_NAME,SUPERTYPE_CAT,SUPERTYPE_SCHEM,SUPERTYPE_NAME");
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return empty("TABLE_CAT,TABLE_SCHEM,TABLE_NAME,SUPERTABLE_NAME");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) throws SQLException {
        return empty("TYPE_CAT,TYPE_SCHEM,TYPE_NAME,ATTR_NAME,DATA_TYPE:int,ATTR_TYPE_NAME,ATTR_SIZE:int,"
                + "DECIMAL_DIGITS:int,NUM_PREC_RADIX:int,NULLABLE:int,REMARKS,ATTR_DEF,SQL_DATA_TYPE:int,"
                + "SQL_DATETIME_SUB:int,CHAR_OCTET_LENGTH:int,ORDINAL_POSITION:int,IS_NULLABLE,SCOPE_CATALOG,"
                + "SCOPE_SCHEMA,SCOPE_TABLE,SOURCE_DATA_TYPE:short");
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        return empty("NAME,MAX_LEN:int,DEFAULT_VALUE,DESCRIPTION");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) throws SQLException {
        return empty("TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE:int,COLUMN_SIZE:int,"
                + "DECIMAL_DIGITS:int,NUM_PREC_RADIX:int,COLUMN_USAGE,REMARKS,CHAR_OCTET_LENGTH:int,IS_NULLABLE");
    }

    private ResultSet empty(String columnSpec) throws SQLException {
        connection.checkOpen();
        return MetadataResultSets.empty(columnSpec);
    }

    // ---- product, driver and limits

    @Override
    public String getDatabaseProductName() {
        return "DoSQL";
    }

    @Override
    public String getDatabaseProductVersion() {
        return DoSqlDriver.VERSION;
    }

    @Override
    public int getDatabaseMajorVersion() {
        return DoSqlDriver.MAJOR_VERSION;
    }

    @Override
    public int getDatabaseMinorVersion() {
        return DoSqlDriver.MINOR_VERSION;
    }

    @Override
    public String getDriverName() {
        return "DoSQL JDBC Driver";
    }

    @Override
    public String getDriverVersion() {
        return DoSqlDriver.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return DoSqlDriver.MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion() {
        return DoSqlDriver.MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 3;
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    @Override
    public String getUserName() {
        return "dosql";
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "\"";
    }

    @Override
    public String getSQLKeywords() {
        return "abort,analyse,analyze,array,asymmetric,both,ilike,limit,offset,returning,similar,symmetric,"
                + "variadic,verbose";
    }

    @Override
    public String getNumericFunctions() {
        return "abs,acos,asin,atan,atan2,ceiling,cos,cot,degrees,exp,floor,log,log10,mod,pi,power,radians,round,"
                + "sign,sin,sqrt,tan,truncate";
    }

    @Override
    public String getStringFunctions() {
        return "ascii,char,concat,lcase,left,length,ltrim,repeat,replace,right,rtrim,substring,ucase";
    }

    @Override
    public String getSystemFunctions() {
        return "database,ifnull,user";
    }

    @Override
    public String getTimeDateFunctions() {
        return "curdate,curtime,dayname,dayofmonth,dayofweek,dayofyear,hour,minute,month,monthname,now,quarter,"
                + "second,week,year";
    }

    @Override
    public String getSearchStringEscape() {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters() {
        return "";
    }

    @Override
    public String getSchemaTerm() {
        return "schema";
    }

    @Override
    public String getProcedureTerm() {
        return "function";
    }

    @Override
    public String getCatalogTerm() {
        return "database";
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    /** PostgreSQL's NAMEDATALEN - 1 for identifiers; 0 ("no limit known") elsewhere. */
    @Override
    public int getMaxColumnNameLength() {
        return 63;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 63;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 63;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 63;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 63;
    }

    @Override
    public int getMaxTableNameLength() {
        return 63;
    }

    @Override
    public int getMaxUserNameLength() {
        return 63;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 1600;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 32;
    }

    @Override
    public int getMaxBinaryLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxRowSize() {
        return 0;
    }

    @Override
    public int getMaxStatementLength() {
        return 0;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 0;
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot unwrap to " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
