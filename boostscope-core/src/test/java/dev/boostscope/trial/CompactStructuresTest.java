// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.IndexFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's compact structures: sorted int sets, byte cache, record bounds. */
final class CompactStructuresTest {
    @Test
    void intList_outOfOrderAndDuplicateValues_keptSortedOnce() {
        IntList list = new IntList();
        for (int value : new int[] {5, 1, 9, 5, 3, 9, 10}) {
            list.add(value);
        }
        assertThat(list.toArray(list.size())).containsExactly(1, 3, 5, 9, 10);
        assertThat(list.countAtMost(4)).isEqualTo(2);
        assertThat(list.countAtMost(5)).isEqualTo(3);
        assertThat(list.countAtMost(-1)).isZero();
        assertThat(list.countAtMost(100)).isEqualTo(5);
    }

    @Test
    void byteCache_overCapacity_evictsLeastRecentlyUsedAndSkipsLargeEntries() {
        ByteCache cache = new ByteCache(80);
        cache.put("a", new byte[10]);
        cache.put("b", new byte[10]);
        cache.put("huge", new byte[11]);
        assertThat(cache.get("huge")).isNull();
        for (int i = 0; i < 7; i++) {
            cache.get("a");
            cache.put("k" + i, new byte[10]);
        }
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("b")).isNull();
        assertThat(cache.used()).isLessThanOrEqualTo(80);
        assertThat(new ByteCache(0).enabled()).isFalse();
    }

    @Test
    void workerPart_contiguousOrNot_sameStartsAndLengths() {
        TensorSchema schema = new TensorSchema(new int[] {0, 1, 2});
        List<IndexFile.TensorLocation> contiguous = List.of(new IndexFile.TensorLocation("a", 0, 100),
                new IndexFile.TensorLocation("b", 100, 50), new IndexFile.TensorLocation("c", 150, 20));
        List<IndexFile.TensorLocation> scattered = List.of(new IndexFile.TensorLocation("a", 16, 100),
                new IndexFile.TensorLocation("b", 300, 50), new IndexFile.TensorLocation("c", 200, 20));
        WorkerPart packed = WorkerPart.of(0, schema, null, contiguous);
        WorkerPart loose = WorkerPart.of(0, schema, "events/x.tfevents", scattered);
        assertThat(packed.start(1)).isEqualTo(100);
        assertThat(packed.length(2)).isEqualTo(20);
        assertThat(packed.spanEnd()).isEqualTo(170);
        assertThat(loose.start(2)).isEqualTo(200);
        assertThat(loose.length(1)).isEqualTo(50);
        assertThat(loose.spanEnd()).isEqualTo(350);
        assertThat(loose.eventKey()).isEqualTo("events/x.tfevents");
    }

    @Test
    void tensorSchema_manyTensors_positionsByMapAndDuplicatesKeepFirst() {
        int[] ids = {7, 3, 9, 1, 0, 2, 4, 5, 6, 8, 3};
        TensorSchema schema = new TensorSchema(ids);
        assertThat(schema.positionOf(3)).isEqualTo(1);
        assertThat(schema.positionOf(8)).isEqualTo(9);
        assertThat(schema.positionOf(42)).isEqualTo(-1);
        assertThat(TensorSchema.keyOf(ids)).isEqualTo(schema.key());
    }
}
