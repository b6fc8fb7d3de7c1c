// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.testkit.StorageProperties;
import java.net.URI;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

final class S3StoragePropertiesTest extends StorageProperties {
    private static final S3ServerExtension S3 = new S3ServerExtension();
    private static S3Storage storage;

    @BeforeContainer
    static void startServer() throws Exception {
        S3.start();
        storage = S3.newStorage(URI.create("s3://" + S3.createBucket() + "/properties"));
    }

    @AfterContainer
    static void stopServer() throws Exception {
        storage.close();
        S3.stop();
    }

    @Override
    protected Storage storage() {
        return storage;
    }
}
