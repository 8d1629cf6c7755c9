package io.dosql.btree;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.local.LocalFileBackend;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Throughput figures (not a test; run by hand):
 * {@code java -cp <core, fsx, btree classes and test-classes> io.dosql.btree.BTreeBenchmark [local]}.
 */
public final class BTreeBenchmark {
    private BTreeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean local = args.length > 0 && args[0].equals("local");
        int rows = 1_000_000;
        StorageBackend backend;
        Path directory = null;
        if (local) {
            directory = Files.createTempDirectory("btree-bench");
            backend = LocalFileBackend.open(directory, 8192);
        } else {
            backend = new MemoryBackend(8192);
        }
        try (Pager pager = Pager.open(backend, "bench", new PagerOptions(Long.getLong("pool", 512L << 20)))) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            long start = System.nanoTime();
            for (long key = 0; key < rows; key++) {
                tree.put(key, TestTypes.text(key, 40));
                if (key % 200_000 == 199_999) {
                    pager.checkpoint(new byte[0]);
                }
            }
            pager.checkpoint(new byte[0]);
            report("sequential put + checkpoints", rows, start);

            Random random = new Random(1);
            long[] keys = new long[rows];
            for (int i = 0; i < rows; i++) {
                keys[i] = random.nextInt(rows);
            }
            for (int round = 0; round < 3; round++) {
                start = System.nanoTime();
                long found = 0;
                for (int i = 0; i < rows; i++) {
                    if (tree.get(keys[i]) != null) {
                        found++;
                    }
                }
                report("random get (cached), found " + found, rows, start);
            }
            for (int round = 0; round < 3; round++) {
                start = System.nanoTime();
                long count = 0;
                Cursor<Long, String> cursor = tree.cursor(null, true, null, true);
                while (cursor.next()) {
                    if (cursor.value() != null) {
                        count++;
                    }
                }
                report("full scan, rows " + count, count, start);
            }
            start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                tree.put(keys[i], TestTypes.text(i, 40));
            }
            report("random update (no checkpoint)", rows, start);
            start = System.nanoTime();
            pager.checkpoint(new byte[0]);
            report("checkpoint after random updates", 1, start);
            System.out.println(pager.stats());
        }
        try (Pager pager = Pager.open(backend, "bench", new PagerOptions(4 << 20))) {
            BTree<Long, String> tree = pager.openTree(1, TestTypes.LONG_KEY, TestTypes.STRING);
            Random random = new Random(2);
            long start = System.nanoTime();
            for (int i = 0; i < 200_000; i++) {
                tree.get((long) random.nextInt(rows));
            }
            report("random get, 4 MB pool (" + (local ? "local file" : "memory backend") + ")", 200_000, start);
            System.out.println(pager.stats());
        }
        churn(backend);
        backend.close();
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Update/delete/insert churn with a checkpoint per round: the file should stop growing. */
    private static void churn(StorageBackend backend) {
        try (Pager pager = Pager.open(backend, "churn", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            Random random = new Random(3);
            for (long key = 0; key < 100_000; key++) {
                tree.put(key, TestTypes.text(key, 100));
            }
            pager.checkpoint(new byte[0]);
            long initial = pager.stats().fileBytes();
            long start = System.nanoTime();
            for (int round = 1; round <= 100; round++) {
                for (int i = 0; i < 10_000; i++) {
                    long key = random.nextInt(200_000);
                    if (random.nextInt(3) == 0) {
                        tree.remove(key);
                    } else {
                        tree.put(key, TestTypes.text(key + round, 50 + random.nextInt(100)));
                    }
                }
                pager.checkpoint(new byte[0]);
                if (round % 25 == 0) {
                    System.out.printf("churn round %3d: %,d rows, file %,d KB (initial %,d KB), free pages %d%n", round,
                            tree.size(), pager.stats().fileBytes() >> 10, initial >> 10, pager.stats().freePages());
                }
            }
            report("churn: 1M mixed writes + 100 checkpoints", 1_000_000, start);
        }
    }

    private static void report(String what, long operations, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-50s %8.3f s  %10.0f ops/s%n", what, seconds, operations / seconds);
    }
}
