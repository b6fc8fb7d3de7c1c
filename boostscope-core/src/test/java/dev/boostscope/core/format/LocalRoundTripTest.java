// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random tensors of every dtype and shape -> TrialWriter on a local folder -> index + ranged read -> identical. */
final class LocalRoundTripTest {
    private static Path root;
    private static LocalStorage storage;

    @BeforeContainer
    static void openStorage() throws IOException {
        root = Files.createTempDirectory("boostscope-roundtrip");
        storage = LocalStorage.open(root);
    }

    @AfterContainer
    static void deleteStorage() throws IOException {
        storage.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 400)
    void writeStep_anyTensors_readBackIdentical(@ForAll("smallSteps") List<TensorRecord> step) {
        assertThat(TrialRoundTrip.writeAndReadBack(storage, "worker_0", step)).isEqualTo(step);
    }

    @Property(tries = 12)
    void writeStep_bigArrays_readBackIdentical(@ForAll("bigSteps") List<TensorRecord> step) {
        assertThat(TrialRoundTrip.writeAndReadBack(storage, "worker_1", step)).isEqualTo(step);
    }

    @Provide
    Arbitrary<List<TensorRecord>> smallSteps() {
        return TensorArbitraries.steps(TensorArbitraries.arrays());
    }

    @Provide
    Arbitrary<List<TensorRecord>> bigSteps() {
        Arbitrary<NdArray> values = TensorArbitraries.bigArrays();
        return TensorArbitraries.steps(values).filter(step -> step.size() <= 2);
    }
}
