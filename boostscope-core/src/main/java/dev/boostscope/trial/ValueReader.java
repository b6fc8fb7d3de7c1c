// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.FormatException;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.storage.Storage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Fetches values by the index's locations with ranged reads. An event file whose indexed span is small (scalars: a few
 * hundred bytes) is read whole in one request and cached, so reading the other tensors of that step costs no request;
 * a larger file is read one record at a time, and records are cached too. Bulk reads run in parallel chunks.
 *
 * <p>Thread-safe.
 */
final class ValueReader {
    /** Event files whose indexed span is at most this are fetched whole. */
    static final long SMALL_FILE = 64 * 1024;

    private final Storage storage;
    private final String uri;
    private final ByteCache cache;
    private final Executor executor;
    private final int parallelism;
    private final BooleanSupplier ended;

    ValueReader(Storage storage, ByteCache cache, Executor executor, int parallelism, BooleanSupplier ended) {
        this.storage = storage;
        this.uri = storage.uri().toString();
        this.cache = cache;
        this.executor = executor;
        this.parallelism = parallelism;
        this.ended = ended;
    }

    /**
     * Reads and decodes one value.
     *
     * @param location where it lies
     * @return the value
     * @throws FormatException if the bytes there are not the record the index names
     * @throws StepNotYetAvailableException if the event file is not there yet while training runs
     * @throws TensorUnavailableException if the event file is missing after training ended
     */
    NdArray read(Location location) {
        byte[] record = recordBytes(location);
        TensorRecord decoded = EventFiles.decodeRecord(record, location.eventKey(), location.start());
        if (!decoded.name().equals(location.tensor())) {
            throw new FormatException(String.format(Locale.ROOT,
                    "index of step %d (worker '%s') places '%s' at byte %d of %s, but the record there is '%s'",
                    location.step(), location.worker(), location.tensor(), location.start(), location.eventKey(),
                    decoded.name()));
        }
        return decoded.value();
    }

    List<NdArray> readAll(List<Location> locations) {
        return ParallelReads.map(locations, this::read, executor, parallelism);
    }

    private byte[] recordBytes(Location location) {
        try {
            if (cache.enabled() && location.spanEnd() <= SMALL_FILE) {
                return slice(location, wholeFile(location));
            }
            String key = location.eventKey() + '#' + location.start();
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
            byte[] bytes = storage.get(location.eventKey(), location.start(), location.length());
            cache.put(key, bytes);
            return bytes;
        } catch (NoSuchKeyException e) {
            throw missing(location, e);
        }
    }

    private byte[] wholeFile(Location location) {
        byte[] cached = cache.get(location.eventKey());
        if (cached != null && cached.length >= location.spanEnd()) {
            return cached;
        }
        byte[] bytes = storage.get(location.eventKey(), 0, (int) location.spanEnd());
        cache.put(location.eventKey(), bytes);
        return bytes;
    }

    private byte[] slice(Location location, byte[] file) {
        long end = location.start() + location.length();
        if (end > file.length) {
            throw new FormatException(String.format(Locale.ROOT,
                    "truncated event file %s of %s: the index of step %d places '%s' at bytes %d to %d, the file "
                    + "holds %d", location.eventKey(), uri, location.step(), location.tensor(), location.start(), end,
                    file.length));
        }
        return Arrays.copyOfRange(file, (int) location.start(), (int) end);
    }

    private RuntimeException missing(Location location, NoSuchKeyException cause) {
        if (ended.getAsBoolean()) {
            return new TensorUnavailableException(String.format(Locale.ROOT,
                    "tensor '%s' at step %d cannot be read from %s: event file %s (worker '%s') is missing",
                    location.tensor(), location.step(), uri, location.eventKey(), location.worker()), cause);
        }
        return new StepNotYetAvailableException(String.format(Locale.ROOT,
                "step %d of '%s' not yet readable from %s: its index exists but event file %s does not yet",
                location.step(), location.tensor(), uri, location.eventKey()), cause);
    }
}
