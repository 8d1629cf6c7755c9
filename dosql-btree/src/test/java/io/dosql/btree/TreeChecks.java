package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;

/** Assertions comparing a tree with a model map, and checking the tree's structural invariants. */
final class TreeChecks {
    private TreeChecks() {
    }

    static <V> void assertSameContent(BTree<Long, V> tree, NavigableMap<Long, V> model) {
        assertThat(tree.size()).as("size").isEqualTo(model.size());
        assertThat(tree.firstKey()).isEqualTo(model.isEmpty() ? null : model.firstKey());
        assertThat(tree.lastKey()).isEqualTo(model.isEmpty() ? null : model.lastKey());
        List<Long> keys = new ArrayList<>();
        Cursor<Long, V> cursor = tree.cursor(null, true, null, true);
        while (cursor.next()) {
            keys.add(cursor.key());
            assertThat(cursor.value()).as("value of %d", cursor.key()).isEqualTo(model.get(cursor.key()));
        }
        assertThat(keys).containsExactlyElementsOf(model.keySet());
    }

    static <V> void assertRange(BTree<Long, V> tree, NavigableMap<Long, V> model, Random random, long keySpace) {
        Long from = random.nextInt(5) == 0 ? null : (long) random.nextInt((int) keySpace);
        Long to = random.nextInt(5) == 0 ? null : (long) random.nextInt((int) keySpace);
        boolean fromInclusive = random.nextBoolean();
        boolean toInclusive = random.nextBoolean();
        NavigableMap<Long, V> expected;
        if (from != null && to != null) {
            expected = from > to ? new java.util.TreeMap<>() : model.subMap(from, fromInclusive, to, toInclusive);
        } else if (from != null) {
            expected = model.tailMap(from, fromInclusive);
        } else if (to != null) {
            expected = model.headMap(to, toInclusive);
        } else {
            expected = model;
        }
        List<Map.Entry<Long, V>> actual = new ArrayList<>();
        Cursor<Long, V> cursor = tree.cursor(from, fromInclusive, to, toInclusive);
        while (cursor.next()) {
            actual.add(Map.entry(cursor.key(), cursor.value()));
        }
        assertThat(cursor.next()).isFalse();
        assertThat(actual).as("range %s%s, %s%s", fromInclusive ? "[" : "(", from, to, toInclusive ? "]" : ")")
                .containsExactlyElementsOf(new ArrayList<>(expected.entrySet()));
    }

    /** Walks the resident part of the tree checking order, sizes and the dirty/parent invariants. */
    static void assertStructure(BTree<?, ?> tree, int pageSize) {
        Node root = tree.root();
        check(tree, root, null, null, pageSize, true);
    }

    private static Object keyAt(Node node, int index) {
        return node.isLeaf() ? ((LeafNode) node).keyAt(index) : node.keys[index];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(BTree<?, ?> tree, Node node, Object low, Object high, int pageSize, boolean isRoot) {
        KeyType keyType = tree.keyType();
        assertThat(node.bytes).as("node bytes").isLessThanOrEqualTo(pageSize);
        assertThat(node.longKeys != null).as("primitive keys kept").isEqualTo(keyType.naturalLongOrder());
        if (node.isLeaf() && node.longKeys != null) {
            assertThat(node.keys).as("a long-keyed leaf keeps no boxed keys").isNull();
        }
        for (int i = 0; !node.isLeaf() && node.longKeys != null && i < node.count; i++) {
            assertThat(node.longKeys[i]).as("primitive key copy").isEqualTo(node.keys[i]);
        }
        for (int i = 0; i < node.count; i++) {
            Object key = keyAt(node, i);
            if (i > 0) {
                assertThat(keyType.compare(keyAt(node, i - 1), key)).as("keys ascending").isLessThan(0);
            }
            if (low != null) {
                assertThat(keyType.compare(low, key)).as("key above lower separator").isLessThanOrEqualTo(0);
            }
            if (high != null) {
                assertThat(keyType.compare(key, high)).as("key below upper separator").isLessThan(0);
            }
        }
        if (node.isLeaf()) {
            if (!isRoot) {
                assertThat(node.count).as("non-root leaf is not empty").isPositive();
            }
            LeafNode leaf = (LeafNode) node;
            int bytes = PageFormat.NODE_HEADER;
            for (int i = 0; i < leaf.count; i++) {
                bytes += leaf.sizes[i];
            }
            assertThat(leaf.bytes).isEqualTo(bytes);
            return;
        }
        InnerNode inner = (InnerNode) node;
        int bytes = PageFormat.NODE_HEADER + 8 * (inner.count + 1);
        for (int i = 0; i < inner.count; i++) {
            bytes += inner.keySizes[i];
        }
        assertThat(inner.bytes).isEqualTo(bytes);
        for (int i = 0; i <= inner.count; i++) {
            Node child = inner.residentChild(i);
            if (child == null) {
                assertThat(inner.childPages[i]).as("non-resident child has a page").isGreaterThan(1);
                continue;
            }
            if (child.dirty) {
                assertThat(node.dirty).as("a dirty node's parent is dirty").isTrue();
            } else {
                assertThat(child.parent).as("clean child's parent pointer").isSameAs(inner);
                assertThat(inner.childPages[i]).as("clean child's page").isEqualTo(child.page);
            }
            check(tree, child, i == 0 ? low : inner.keys[i - 1], i == inner.count ? high : inner.keys[i], pageSize, false);
        }
    }
}
