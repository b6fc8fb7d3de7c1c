// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.xgboost.data.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ShardTest {
    /** Five rows: row r has label r and one value r + 0.5 in column r % 3. */
    private static final Dataset FIVE = Dataset.of(new float[] {0, 1, 2, 3, 4}, new long[] {0, 1, 2, 3, 4, 5},
            new int[] {0, 1, 2, 0, 1}, new float[] {0.5f, 1.5f, 2.5f, 3.5f, 4.5f}, 3);

    @Test
    void rows_secondOfTwo_takesOddRowsKeepingColumns() {
        Dataset shard = new Shard(1, 2).rows(FIVE);

        assertThat(shard.labels()).containsExactly(1f, 3f);
        assertThat(shard.rowOffsets()).containsExactly(0L, 1L, 2L);
        assertThat(shard.columnIndices()).containsExactly(1, 0);
        assertThat(shard.values()).containsExactly(1.5f, 3.5f);
        assertThat(shard.columns()).isEqualTo(3);
    }

    @Test
    void rows_everyRank_partitionsTheRows() {
        int total = 0;
        for (int rank = 0; rank < 3; rank++) {
            total += new Shard(rank, 3).rows(FIVE).rows();
        }

        assertThat(total).isEqualTo(FIVE.rows());
    }

    @Test
    void rows_moreWorkersThanRows_givesAnEmptyShard() {
        assertThat(new Shard(6, 7).rows(FIVE).rows()).isZero();
    }

    @Test
    void files_thirdOfThree_takesEveryThirdFromItsRank() {
        assertThat(new Shard(2, 3).files(List.of("a", "b", "c", "d", "e", "f"))).containsExactly("c", "f");
    }

    @Test
    void constructor_rankOutOfRange_namesRankAndWorkers() {
        assertThatThrownBy(() -> new Shard(2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank must be within 0..world-1: rank 2 of 2 workers");
    }
}
