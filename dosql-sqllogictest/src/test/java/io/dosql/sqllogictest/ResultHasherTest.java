package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultHasherTest {

    @Test
    void hashesEveryValueFollowedByANewline() {
        // Digests computed independently: md5 of "1\n2\n3\n" and of "a\nNULL\n(empty)\n".
        assertThat(ResultHasher.md5(List.of("1", "2", "3"))).isEqualTo("c0710d6b4f15dfa88f600b0e6b624077");
        assertThat(ResultHasher.md5(List.of("a", "NULL", "(empty)"))).isEqualTo("72b876ccbd3d5d4fafd6e014287fa23c");
        assertThat(ResultHasher.md5(List.of())).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void printsTheReferenceHashLine() {
        assertThat(ResultHasher.hashLine(List.of("1", "2", "3")))
                .isEqualTo("3 values hashing to c0710d6b4f15dfa88f600b0e6b624077");
    }
}
