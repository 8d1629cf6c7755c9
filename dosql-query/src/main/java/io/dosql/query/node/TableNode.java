package io.dosql.query.node;

/** {@code "schema"."name" as "alias"}; schema and alias may be null. */
public record TableNode(String schema, String name, String alias) implements TableSourceNode {
    public TableNode {
        if (schema != null) {
            Names.identifier(schema, "schema");
        }
        Names.identifier(name, "table name");
        if (alias != null) {
            Names.identifier(alias, "alias");
        }
    }

    private static final ParseCache<TableNode> PARSED = new ParseCache<>(TableNode::parseText);

    /** Parses {@code "person"}, {@code "public.person"} or {@code "person as p"} (remembered by text). */
    public static TableNode parse(String reference) {
        return PARSED.get(reference);
    }

    private static TableNode parseText(String reference) {
        Names.identifier(reference, "table reference");
        String alias = null;
        String name = reference.trim();
        int as = indexOfAs(name);
        if (as > 0) {
            alias = name.substring(as + 4).trim();
            name = name.substring(0, as).trim();
        }
        int dot = name.indexOf('.');
        return dot < 0 ? new TableNode(null, name, alias)
            : new TableNode(name.substring(0, dot), name.substring(dot + 1), alias);
    }

    /** Position of {@code " as "} in any letter case, or -1; allocation-free because it runs per builder call. */
    public static int indexOfAs(String text) {
        if (text.indexOf(' ') < 0) {
            return -1;
        }
        for (int i = text.length() - 4; i > 0; i--) {
            if (text.regionMatches(true, i, " as ", 0, 4)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String referenceName() {
        return alias != null ? alias : name;
    }

    public TableNode withName(String newName) {
        return new TableNode(schema, newName, alias);
    }

    public TableNode withAlias(String newAlias) {
        return new TableNode(schema, name, newAlias);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
