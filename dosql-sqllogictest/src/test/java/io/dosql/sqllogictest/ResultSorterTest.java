package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultSorterTest {

    private static final List<String> ROWS = List.of("2", "b", "10", "a", "1", "z", "10", "0");

    @Test
    void nosortKeepsTheEngineOrder() {
        assertThat(ResultSorter.sort(ROWS, 2, SortMode.NOSORT)).isEqualTo(ROWS);
    }

    @Test
    void rowsortSortsWholeRowsColumnByColumnAsStrings() {
        // String order, not numeric: "1" < "10" < "2"; ties on the first column are broken by the second.
        assertThat(ResultSorter.sort(ROWS, 2, SortMode.ROWSORT))
                .containsExactly("1", "z", "10", "0", "10", "a", "2", "b");
    }

    @Test
    void valuesortSortsEveryValueOnItsOwn() {
        assertThat(ResultSorter.sort(ROWS, 2, SortMode.VALUESORT))
                .containsExactly("0", "1", "10", "10", "2", "a", "b", "z");
    }

    @Test
    void sortModesParseLikeTheReference() {
        assertThat(SortMode.parse("")).isEqualTo(SortMode.NOSORT);
        assertThat(SortMode.parse("rowsort")).isEqualTo(SortMode.ROWSORT);
        assertThat(SortMode.parse("valuesort")).isEqualTo(SortMode.VALUESORT);
    }
}
