// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.testkit.StorageContract;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the storage contract with the root at a bucket itself (no key prefix), one bucket per test. */
final class S3StorageBucketRootTest extends StorageContract {
    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    @Override
    protected Storage newStorage() {
        return S3.newStorage(URI.create("s3://" + S3.createBucket()));
    }
}
