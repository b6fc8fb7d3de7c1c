// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.TensorArbitraries;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialRoundTrip;
import dev.boostscope.s3.testing.S3ServerExtension;
import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random tensors of every dtype and shape -> TrialWriter on a real S3 server (S3Proxy on loopback) -> index + ranged
 * GET -> identical.
 */
final class S3RoundTripTest {
    private static final S3ServerExtension S3 = new S3ServerExtension();
    private static S3Storage storage;

    @BeforeContainer
    static void startServer() throws Exception {
        S3.start();
        storage = S3.newStorage(URI.create("s3://" + S3.createBucket() + "/trials/run-1"));
    }

    @AfterContainer
    static void stopServer() throws Exception {
        storage.close();
        S3.stop();
    }

    @Property(tries = 100)
    void writeStep_anyTensors_readBackIdentical(@ForAll("smallSteps") List<TensorRecord> step) {
        assertThat(TrialRoundTrip.writeAndReadBack(storage, "worker_0", step)).isEqualTo(step);
    }

    @Property(tries = 4)
    void writeStep_bigArrays_readBackIdentical(@ForAll("bigSteps") List<TensorRecord> step) {
        assertThat(TrialRoundTrip.writeAndReadBack(storage, "worker_1", step)).isEqualTo(step);
    }

    @Provide
    Arbitrary<List<TensorRecord>> smallSteps() {
        return TensorArbitraries.steps(TensorArbitraries.arrays());
    }

    @Provide
    Arbitrary<List<TensorRecord>> bigSteps() {
        return TensorArbitraries.steps(TensorArbitraries.bigArrays()).filter(step -> step.size() <= 2);
    }
}
