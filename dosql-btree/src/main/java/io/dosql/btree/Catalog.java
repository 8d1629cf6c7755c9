package io.dosql.btree;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a checkpoint records besides the trees' pages, stored as a chain of CATALOG pages:
 *
 * <pre>
 * varlong nextTreeId
 * varint  treeCount, then per tree: varlong id, varlong rootPage, varlong size
 * varint  metadataLength, metadata bytes (the caller's blob)
 * varint  freeCount, then the free page numbers ascending as varlong deltas
 * </pre>
 */
record Catalog(long nextTreeId, List<TreeEntry> trees, byte[] metadata, BitSet freePages) {
    /** A tree as of a checkpoint. */
    record TreeEntry(long id, long rootPage, long size) {
    }

    static final Catalog EMPTY = new Catalog(1, List.of(), new byte[0], new BitSet());

    static byte[] encode(long nextTreeId, List<TreeEntry> trees, byte[] metadata, BitSet freePages, ByteWriter out) {
        out.reset();
        out.writeVarLong(nextTreeId);
        out.writeVarInt(trees.size());
        for (TreeEntry tree : trees) {
            out.writeVarLong(tree.id());
            out.writeVarLong(tree.rootPage());
            out.writeVarLong(tree.size());
        }
        out.writeVarInt(metadata.length);
        out.writeBytes(metadata);
        out.writeVarInt(freePages.cardinality());
        long previous = 0;
        for (int page = freePages.nextSetBit(0); page >= 0; page = freePages.nextSetBit(page + 1)) {
            out.writeVarLong(page - previous);
            previous = page;
        }
        return out.toByteArray();
    }

    static Catalog decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        long nextTreeId = in.readVarLong();
        int treeCount = in.readVarInt();
        List<TreeEntry> trees = new ArrayList<>(treeCount);
        for (int i = 0; i < treeCount; i++) {
            trees.add(new TreeEntry(in.readVarLong(), in.readVarLong(), in.readVarLong()));
        }
        byte[] metadata = in.readBytes(in.readVarInt());
        int freeCount = in.readVarInt();
        BitSet free = new BitSet();
        long page = 0;
        for (int i = 0; i < freeCount; i++) {
            page += in.readVarLong();
            free.set(Math.toIntExact(page));
        }
        return new Catalog(nextTreeId, List.copyOf(trees), metadata, free);
    }
}
