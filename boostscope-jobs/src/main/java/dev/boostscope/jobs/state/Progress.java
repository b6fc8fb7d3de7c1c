// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How far training has come: rounds done out of {@code num_round}, and the metrics of the last round, named as in
 * {@link MetricData} ({@code train:mlogloss}).
 *
 * @param round the rounds completed, 0 to {@code numRound}
 * @param numRound the rounds asked for
 * @param metrics the last round's metrics, in evaluation order
 * @param timestamp when the last round ended
 *
 * <p>Immutable.
 */
public record Progress(int round, int numRound, Map<String, Double> metrics, Instant timestamp) {

    /**
     * Validates and copies.
     *
     * @param round the rounds completed
     * @param numRound the rounds asked for, positive
     * @param metrics the last round's metrics
     * @param timestamp when the last round ended
     */
    public Progress {
        if (numRound < 1 || round < 0 || round > numRound) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "round must be within 0..num_round: %d of %d", round, numRound));
        }
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
