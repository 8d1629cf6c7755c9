package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.function.Accumulator;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HashAggregate (GROUP BY) or Aggregate (no grouping: exactly one output row). Output rows are the
 * group key values followed by the aggregate results.
 */
public final class HashAggregateOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final List<BoundExpression> groupKeys;
    private final List<AggregateCall> aggregates;
    /** When set, each output row ends with the group's first input row (for correlated subqueries). */
    private final boolean keepRepresentative;

    /**
     * GROUPING SETS / ROLLUP / CUBE: the key indexes each set groups by (null: one set of every key). Each
     * input row then feeds one group per set, keys outside the set being NULL, and each output row carries
     * its set's number after the aggregate results (GROUPING() reads it).
     */
    private final List<int[]> groupingSets;

    public HashAggregateOperator(PhysicalOperator input, List<BoundExpression> groupKeys, List<AggregateCall> aggregates,
                                 boolean keepRepresentative) {
        this(input, groupKeys, aggregates, keepRepresentative, null);
    }

    public HashAggregateOperator(PhysicalOperator input, List<BoundExpression> groupKeys, List<AggregateCall> aggregates,
                                 boolean keepRepresentative, List<int[]> groupingSets) {
        this.groupingSets = groupingSets == null ? null : List.copyOf(groupingSets);
        this.input = input;
        this.groupKeys = List.copyOf(groupKeys);
        this.aggregates = List.copyOf(aggregates);
        this.keepRepresentative = keepRepresentative;
        io.dosql.core.TypeKind kind = groupKeys.size() == 1 ? groupKeys.get(0).type().kind() : null;
        // Values of these types are equal exactly when equals() says so, so they can key the map themselves.
        this.rawSingleKey = kind != null && (kind.isInteger() && kind == groupKeys.get(0).type().kind()
                || kind == io.dosql.core.TypeKind.TEXT || kind == io.dosql.core.TypeKind.VARCHAR
                || kind == io.dosql.core.TypeKind.BOOLEAN || kind == io.dosql.core.TypeKind.DATE);
    }

    private final boolean rawSingleKey;

    /** The running state of one group. */
    private static final class Group {
        final Object[] keys;
        final Accumulator[] accumulators;
        final Set<List<Object>>[] distinctSeen;
        /** Per ordered aggregate: {sort key values…, argument array} entries, fed in order at the end. */
        final List<Object[]>[] orderedInputs;
        Object[] representative;

        @SuppressWarnings("unchecked")
        Group(Object[] keys, List<AggregateCall> aggregates) {
            this.keys = keys;
            this.accumulators = new Accumulator[aggregates.size()];
            this.distinctSeen = new Set[aggregates.size()];
            this.orderedInputs = new List[aggregates.size()];
            for (int index = 0; index < accumulators.length; index++) {
                accumulators[index] = aggregates.get(index).binding().newAccumulator();
                if (!aggregates.get(index).orderBy().isEmpty()) {
                    orderedInputs[index] = new ArrayList<>();
                }
                if (aggregates.get(index).distinct()) {
                    distinctSeen[index] = new HashSet<>();
                }
            }
        }
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        Map<Object, Group> groups = new LinkedHashMap<>();
        Object[][] argumentBuffers = new Object[aggregates.size()][];
        for (int index = 0; index < argumentBuffers.length; index++) {
            argumentBuffers[index] = new Object[aggregates.get(index).arguments().size()];
        }
        int keyCount = groupKeys.size();
        RowIterator rows = input.open(context);
        if (groupingSets != null) {
            return openGroupingSets(context, rows, groups, argumentBuffers);
        }
        for (Object[] row; (row = rows.next()) != null; ) {
            context.tick();
            Object[] keyValues = new Object[keyCount];
            Object mapKey;
            if (keyCount == 1) {
                keyValues[0] = groupKeys.get(0).evaluate(row, context);
                mapKey = keyValues[0] == null ? NullKey.INSTANCE
                        : rawSingleKey ? keyValues[0] : Values.hashKey(keyValues[0]);
            } else {
                List<Object> composite = new ArrayList<>(keyCount);
                for (int index = 0; index < keyCount; index++) {
                    keyValues[index] = groupKeys.get(index).evaluate(row, context);
                    composite.add(Values.hashKey(keyValues[index]));
                }
                mapKey = composite;
            }
            Group group = groups.get(mapKey);
            if (group == null) {
                group = new Group(keyValues, aggregates);
                group.representative = row;
                groups.put(mapKey, group);
            }
            accumulate(group, row, context, argumentBuffers);
        }
        rows.close();
        if (groups.isEmpty() && keyCount == 0) {
            groups.put(List.of(), new Group(new Object[0], aggregates));
        }
        java.util.Iterator<Group> iterator = groups.values().iterator();
        int width = width();
        return () -> {
            if (!iterator.hasNext()) {
                return null;
            }
            return output(iterator.next(), width, -1);
        };
    }

    /** GROUPING SETS: every row feeds one group per set; groups are keyed by the set number and its keys. */
    private RowIterator openGroupingSets(ExecutionContext context, RowIterator rows, Map<Object, Group> groups,
                                         Object[][] argumentBuffers) {
        int keyCount = groupKeys.size();
        for (Object[] row; (row = rows.next()) != null; ) {
            context.tick();
            Object[] allKeys = new Object[keyCount];
            for (int index = 0; index < keyCount; index++) {
                allKeys[index] = groupKeys.get(index).evaluate(row, context);
            }
            for (int set = 0; set < groupingSets.size(); set++) {
                Object[] keyValues = new Object[keyCount];
                for (int key : groupingSets.get(set)) {
                    keyValues[key] = allKeys[key];
                }
                List<Object> mapKey = setKey(set, keyValues);
                Group group = groups.get(mapKey);
                if (group == null) {
                    group = new Group(keyValues, aggregates);
                    group.representative = row;
                    groups.put(mapKey, group);
                }
                accumulate(group, row, context, argumentBuffers);
            }
        }
        rows.close();
        // An empty grouping set yields its one row even over no input, as GROUP BY () does.
        for (int set = 0; set < groupingSets.size(); set++) {
            if (groupingSets.get(set).length == 0) {
                groups.computeIfAbsent(setKey(set, new Object[keyCount]), key -> new Group(new Object[keyCount], aggregates));
            }
        }
        java.util.Iterator<Map.Entry<Object, Group>> iterator = groups.entrySet().iterator();
        int width = width();
        return () -> {
            if (!iterator.hasNext()) {
                return null;
            }
            Map.Entry<Object, Group> entry = iterator.next();
            return output(entry.getValue(), width, (Integer) ((List<?>) entry.getKey()).get(0));
        };
    }

    /** A grouping-set group's map key: the set's number, then its key values (NULL for keys outside the set). */
    private static List<Object> setKey(int set, Object[] keyValues) {
        List<Object> key = new ArrayList<>(keyValues.length + 1);
        key.add(set);
        for (Object value : keyValues) {
            key.add(value == null ? NullKey.INSTANCE : Values.hashKey(value));
        }
        return key;
    }

    /**
     * A group's output row: its keys, its aggregates' results, its grouping set's number ({@code set}, when
     * there are grouping sets) and the representative input row when kept.
     */
    private Object[] output(Group group, int width, int set) {
        feedOrderedInputs(group);
        int keyCount = groupKeys.size();
        Object[] output = new Object[width];
        System.arraycopy(group.keys, 0, output, 0, keyCount);
        int next = keyCount;
        for (Accumulator accumulator : group.accumulators) {
            output[next++] = accumulator.result();
        }
        if (groupingSets != null) {
            output[next++] = set;
        }
        if (keepRepresentative && group.representative != null) {
            System.arraycopy(group.representative, 0, output, next, Math.min(group.representative.length, width - next));
        }
        return output;
    }

    /** Feeds one row to every aggregate; argument arrays are reused (accumulators read, never keep, them). */
    private void accumulate(Group group, Object[] row, ExecutionContext context, Object[][] argumentBuffers) {
        for (int index = 0; index < aggregates.size(); index++) {
            AggregateCall call = aggregates.get(index);
            if (call.filter() != null && !call.filter().test(row, context)) {
                continue;
            }
            List<BoundExpression> arguments = call.arguments();
            boolean ordered = group.orderedInputs[index] != null;
            Object[] values = call.distinct() || ordered ? new Object[arguments.size()] : argumentBuffers[index];
            for (int argument = 0; argument < values.length; argument++) {
                values[argument] = arguments.get(argument).evaluate(row, context);
            }
            if (call.distinct()) {
                List<Object> key = new ArrayList<>(values.length);
                for (Object value : values) {
                    key.add(Values.hashKey(value));
                }
                if (!group.distinctSeen[index].add(key)) {
                    continue;
                }
            }
            if (ordered) {
                List<SortKey> keys = call.orderBy();
                Object[] entry = new Object[keys.size() + 1];
                for (int key = 0; key < keys.size(); key++) {
                    entry[key] = keys.get(key).expression().evaluate(row, context);
                }
                entry[keys.size()] = values;
                group.orderedInputs[index].add(entry);
                continue;
            }
            group.accumulators[index].add(values);
        }
    }

    /** Sorts each ordered aggregate's buffered inputs (stably) and feeds them to its accumulator. */
    private void feedOrderedInputs(Group group) {
        for (int index = 0; index < aggregates.size(); index++) {
            List<Object[]> entries = group.orderedInputs[index];
            if (entries == null) {
                continue;
            }
            List<SortKey> keys = aggregates.get(index).orderBy();
            entries.sort(SortKey.comparator(keys));
            for (Object[] entry : entries) {
                group.accumulators[index].add((Object[]) entry[keys.size()]);
            }
            group.orderedInputs[index] = null;
        }
    }

    /** The map key for a NULL group value. */
    private enum NullKey { INSTANCE }

    @Override
    public int width() {
        return groupKeys.size() + aggregates.size() + (groupingSets == null ? 0 : 1)
                + (keepRepresentative ? input.width() : 0);
    }

    @Override
    public String label() {
        return groupingSets != null ? "MixedAggregate" : groupKeys.isEmpty() ? "Aggregate" : "HashAggregate";
    }

    @Override
    public List<String> details() {
        List<String> details = new ArrayList<>();
        if (!groupKeys.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (BoundExpression key : groupKeys) {
                keys.add(key.describe());
            }
            if (groupingSets == null) {
                details.add("Group Key: " + String.join(", ", keys));
            } else {
                for (int[] set : groupingSets) {
                    List<String> members = new ArrayList<>();
                    for (int key : set) {
                        members.add(keys.get(key));
                    }
                    // as PostgreSQL's MixedAggregate: hashed sets, then the empty set (one group, no hashing)
                    details.add(members.isEmpty() ? "Group Key: ()" : "Hash Key: " + String.join(", ", members));
                }
            }
        }
        return details;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
