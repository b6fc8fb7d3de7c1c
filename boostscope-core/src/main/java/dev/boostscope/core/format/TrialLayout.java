// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.Mode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only place that builds and parses a trial's keys (smdebug's {@code locations.py}):
 * <ul>
 *   <li>{@code events/{step:012d}/{step:012d}_{worker}.tfevents}</li>
 *   <li>{@code index/{step/1000:09d}/{step:012d}_{worker}.json} (both fields widen past 9 and 12 digits)</li>
 *   <li>{@code collections/000000000/{worker}_collections.json}</li>
 *   <li>{@code training_job_end.ts}</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class TrialLayout {
    /** The prefix of every index key. */
    public static final String INDEX_PREFIX = "index/";
    /** The prefix of every event key. */
    public static final String EVENTS_PREFIX = "events/";
    /** The prefix of every collections key. */
    public static final String COLLECTIONS_PREFIX = "collections/";
    /** The prefix of TensorBoard scalar files, which trial readers ignore. */
    public static final String TENSORBOARD_PREFIX = "tensorboard/";
    /** The end-of-job marker, an empty object. */
    public static final String END_MARKER = "training_job_end.ts";
    /** smdebug's claim file on local folders; readers ignore it. */
    public static final String CLAIM_FILE = "claim.smd";

    private static final int STEPS_PER_INDEX_FOLDER = 1000;
    private static final Pattern INDEX_KEY =
            Pattern.compile("^index/(\\d{9,})/(\\d+)_(.+)\\.json$");
    private static final Pattern COLLECTIONS_KEY =
            Pattern.compile("^collections/[^/]+/(.+)_collections\\.(json|ts)$");

    private TrialLayout() {
    }

    /**
     * Returns the key of a step's event file.
     *
     * @param step the global step, non-negative
     * @param worker the worker name, such as {@code worker_0}
     * @return the key
     */
    public static String eventKey(long step, String worker) {
        // no String.format nor concatenation: readers build a key per value read, and this was their hottest spot
        String digits = Long.toString(checkStep(step));
        String name = checkWorker(worker);
        StringBuilder key = new StringBuilder(48 + name.length()).append(EVENTS_PREFIX);
        appendPadded(key, digits, 12).append('/');
        return appendPadded(key, digits, 12).append('_').append(name).append(".tfevents").toString();
    }

    /**
     * Returns whether a key is the one {@link #eventKey} builds for a step and worker, without building it.
     *
     * @param key a key
     * @param step the global step, non-negative
     * @param worker the worker name
     * @return true if {@code key.equals(eventKey(step, worker))}
     */
    public static boolean isEventKey(String key, long step, String worker) {
        String digits = Long.toString(checkStep(step));
        int width = Math.max(12, digits.length());
        int length = EVENTS_PREFIX.length() + 2 * width + 2 + checkWorker(worker).length() + ".tfevents".length();
        if (key.length() != length || !key.startsWith(EVENTS_PREFIX) || !key.endsWith(".tfevents")) {
            return false;
        }
        int first = EVENTS_PREFIX.length();
        int second = first + width + 1;
        return isPadded(key, first, digits, width) && key.charAt(second - 1) == '/'
                && isPadded(key, second, digits, width) && key.charAt(second + width) == '_'
                && key.startsWith(worker, second + width + 1);
    }

    /**
     * Returns the key of a step's index file.
     *
     * @param step the global step, non-negative
     * @param worker the worker name
     * @return the key
     */
    public static String indexKey(long step, String worker) {
        return "index/" + pad(checkStep(step) / STEPS_PER_INDEX_FOLDER, 9) + "/" + pad(step, 12) + "_"
                + checkWorker(worker) + ".json";
    }

    /**
     * Returns the key of a worker's collections file.
     *
     * @param worker the worker name
     * @return the key
     */
    public static String collectionsKey(String worker) {
        return "collections/000000000/" + checkWorker(worker) + "_collections.json";
    }

    /**
     * Returns the key of a step's TensorBoard scalar file, {@code tensorboard/{MODE}/{step:012d}_{worker}.tfevents}
     * (smdebug puts its pid and host name where we put the worker).
     *
     * @param mode the mode
     * @param step the global step, non-negative
     * @param worker the worker name
     * @return the key
     */
    public static String tensorboardKey(Mode mode, long step, String worker) {
        return String.format(Locale.ROOT, "%s%s/%012d_%s.tfevents", TENSORBOARD_PREFIX, mode.wireName(),
                checkStep(step), checkWorker(worker));
    }

    /**
     * Parses an index key into its step and worker.
     *
     * @param key a key under {@code index/}
     * @return the step and worker, or empty if the key is not an index file (a temp file, say)
     */
    public static Optional<IndexKey> parseIndexKey(String key) {
        Matcher matcher = INDEX_KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexKey(Long.parseLong(matcher.group(2)), matcher.group(3)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses the worker name out of a collections key.
     *
     * @param key a key under {@code collections/}
     * @return the worker, or empty if the key is not a collections file
     */
    public static Optional<String> parseCollectionsKey(String key) {
        Matcher matcher = COLLECTIONS_KEY.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Returns the worker name XGBoost's rank gets, as smdebug names it.
     *
     * @param rank the collective rank, non-negative
     * @return {@code worker_<rank>}
     */
    public static String workerName(int rank) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be non-negative: " + rank);
        }
        return "worker_" + rank;
    }

    private static long checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be non-negative: " + step);
        }
        return step;
    }

    private static StringBuilder appendPadded(StringBuilder out, String digits, int width) {
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** Returns whether {@code text} holds {@code digits} left-padded with zeros to {@code width} at {@code from}. */
    private static boolean isPadded(String text, int from, String digits, int width) {
        int zeros = width - digits.length();
        for (int i = 0; i < zeros; i++) {
            if (text.charAt(from + i) != '0') {
                return false;
            }
        }
        return text.startsWith(digits, from + zeros);
    }

    /** Formats a non-negative number as {@code %0<width>d} does. */
    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String checkWorker(String worker) {
        Objects.requireNonNull(worker, "worker");
        if (worker.isEmpty() || worker.indexOf('/') >= 0 || worker.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("worker name must be non-empty without '/': '" + worker + "'");
        }
        return worker;
    }

    /**
     * A parsed index key.
     *
     * @param step the global step
     * @param worker the worker name
     */
    public record IndexKey(long step, String worker) {
    }
}
