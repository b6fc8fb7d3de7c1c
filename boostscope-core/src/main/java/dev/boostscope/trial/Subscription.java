// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

/**
 * A handle on a {@link Trial#onStep} subscription.
 *
 * <p>Thread-safe.
 */
public interface Subscription extends AutoCloseable {

    /** Stops the deliveries; a delivery in progress finishes. Idempotent. */
    @Override
    void close();
}
