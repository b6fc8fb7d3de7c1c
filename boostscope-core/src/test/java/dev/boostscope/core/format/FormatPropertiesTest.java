// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Write -> read is the identity for event payloads, index and collections JSON and keys. */
final class FormatPropertiesTest {

    @Property(tries = 500)
    void decode_encodedRecord_isIdentity(@ForAll("records") TensorRecord record) {
        byte[] framed = TfRecords.frame(EventCodec.encode(record), TfRecords.Footer.SMDEBUG_MAGIC);

        assertThat(EventFiles.decodeRecord(framed, "f", 0)).isEqualTo(record);
    }

    @Property(tries = 200)
    void decodeAll_encodedStep_isIdentity(@ForAll("steps") List<TensorRecord> step) {
        EventFiles.EncodedStep encoded = EventFiles.encode(step, "events/x.tfevents");

        assertThat(EventFiles.decodeAll(encoded.eventBytes(), "f")).isEqualTo(step);
        assertThat(IndexFile.parse(encoded.index().toJson(), "i")).isEqualTo(encoded.index());
    }

    @Property(tries = 300)
    void parse_collectionsJson_isIdentity(@ForAll("collections") CollectionsFile collections) {
        assertThat(CollectionsFile.parse(collections.toJson(), "c")).isEqualTo(collections);
    }

    @Property(tries = 300)
    void parseIndexKey_indexKey_isIdentity(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long step,
            @ForAll @IntRange(min = 0, max = 4096) int rank) {
        String worker = TrialLayout.workerName(rank);

        assertThat(TrialLayout.parseIndexKey(TrialLayout.indexKey(step, worker)))
                .contains(new TrialLayout.IndexKey(step, worker));
        assertThat(TrialLayout.parseCollectionsKey(TrialLayout.collectionsKey(worker))).contains(worker);
    }

    @Provide
    Arbitrary<TensorRecord> records() {
        return TensorArbitraries.steps(TensorArbitraries.arrays()).map(step -> step.get(0));
    }

    @Provide
    Arbitrary<List<TensorRecord>> steps() {
        return TensorArbitraries.steps(TensorArbitraries.arrays());
    }

    @Provide
    Arbitrary<CollectionsFile> collections() {
        Arbitrary<CollectionEntry> entry = Combinators.combine(TensorArbitraries.names(),
                TensorArbitraries.names().list().ofMaxSize(3), TensorArbitraries.names().list().ofMaxSize(6),
                saveConfigs(), Arbitraries.of(true, false))
                .as((name, regex, names, save, histogram) -> new CollectionEntry(name, regex, new TreeSet<>(names),
                        save, histogram));
        return Combinators.combine(entry.list().ofMaxSize(6).uniqueElements(CollectionEntry::name),
                Arbitraries.integers().between(1, 64))
                .as((entries, workers) -> {
                    Map<String, CollectionEntry> byName = new TreeMap<>();
                    entries.forEach(e -> byName.put(e.name(), e));
                    return new CollectionsFile(byName, workers, CollectionsFile.CURRENT_VERSION);
                });
    }

    private static Arbitrary<Map<Mode, SaveConfigEntry>> saveConfigs() {
        Arbitrary<SaveConfigEntry> mode = Combinators.combine(Arbitraries.longs().between(1, 1000),
                Arbitraries.longs().between(0, 100).list().ofMaxSize(4), Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 500).optional())
                .as((interval, steps, start, end) -> new SaveConfigEntry(interval, new ArrayList<>(steps), start,
                        end.map(OptionalLong::of).orElse(OptionalLong.empty())));
        return Arbitraries.maps(Arbitraries.of(Mode.class), mode).ofMaxSize(4);
    }
}
