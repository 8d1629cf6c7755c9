package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.local.LocalFileBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The pager over real files at the engine's page size: a checkpoint survives closing the backend. */
@Timeout(60)
class LocalFilePagerTest {
    @TempDir
    Path directory;

    @Test
    void checkpointSurvivesClosingAndReopeningTheBackend() throws Exception {
        long id;
        try (LocalFileBackend backend = LocalFileBackend.open(directory, 8192);
             Pager pager = Pager.open(backend, "main.db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            id = tree.id();
            for (long key = 0; key < 30_000; key++) {
                tree.put(key, TestTypes.text(key, 50));
            }
            pager.checkpoint("v1".getBytes());
            tree.put(-1L, "not checkpointed");
        }
        assertThat(Files.size(directory.resolve("main.db")) % 8192).isZero();
        try (LocalFileBackend backend = LocalFileBackend.open(directory, 8192);
             Pager pager = Pager.open(backend, "main.db", PagerOptions.defaults())) {
            assertThat(new String(pager.metadata())).isEqualTo("v1");
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            assertThat(tree.size()).isEqualTo(30_000);
            assertThat(tree.get(-1L)).isNull();
            assertThat(tree.get(29_999L)).isEqualTo(TestTypes.text(29_999, 50));
            assertThat(pager.stats().pageSize()).isEqualTo(8192);
        }
    }
}
