// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.DataDistribution;
import dev.boostscope.jobs.spec.Inputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Brings each channel's data to local disk (the Downloading phase): S3 objects under the channel's prefix are fetched
 * into {@code <job>/input/data/<channel>/}, as SageMaker does under {@code /opt/ml/input/data}; local files are
 * checked where they are. A channel of several files is joined into one (gzip files decompressed on the way). In a
 * multi-worker job, a channel marked {@code ShardedByS3Key} gives each worker only its own files ({@link Shard#files}),
 * and only those are downloaded.
 *
 * <p>Not thread-safe.
 */
final class InputStager {
    private static final int CHUNK = 8 << 20;

    private final Path inputRoot;
    private final JobLog log;
    private final Shard shard;

    InputStager(Path inputRoot, JobLog log, Shard shard) {
        this.inputRoot = inputRoot;
        this.log = log;
        this.shard = shard;
    }

    StagedChannel stage(Channel channel) {
        try {
            List<Path> files = Inputs.isRemote(channel.s3Uri()) ? download(channel) : local(channel);
            return new StagedChannel(channel.channelName(), single(channel, files), channel.format());
        } catch (IOException | BoostscopeException e) {
            throw new InputException(String.format(Locale.ROOT, "channel '%s': cannot read %s: %s",
                    channel.channelName(), channel.s3Uri(), e.getMessage()), e);
        }
    }

    private List<Path> local(Channel channel) throws IOException {
        Path path = Inputs.localPath(channel.s3Uri());
        if (!Files.exists(path)) {
            throw new InputException(String.format(Locale.ROOT, "channel '%s': %s does not exist",
                    channel.channelName(), path));
        }
        List<Path> files = mine(channel, Inputs.localFiles(path));
        log.info("channel %s: %d local file(s) at %s", channel.channelName(), files.size(), path);
        return files;
    }

    private List<Path> download(Channel channel) throws IOException {
        String prefix = Inputs.keyPrefix(channel.s3Uri());
        String folder = prefix.substring(prefix.lastIndexOf('/') + 1);
        Path target = inputRoot.resolve(channel.channelName());
        List<Path> files = new ArrayList<>();
        try (Storage storage = Storages.open(Inputs.bucketRoot(channel.s3Uri()))) {
            for (String key : mine(channel, storage.list(prefix, null))) {
                String relative = key.substring(prefix.length() - folder.length());
                Path file = target.resolve(relative).normalize();
                if (!file.startsWith(target)) {
                    throw new InputException("object key escapes the channel folder: " + key);
                }
                copy(storage, key, file);
                files.add(file);
            }
        }
        log.info("channel %s: downloaded %d object(s) from %s", channel.channelName(), files.size(),
                channel.s3Uri());
        return files;
    }

    /** Returns the files this worker reads: all, or its own of a channel sharded by key. */
    private <T> List<T> mine(Channel channel, List<T> all) {
        if (shard.isWhole() || channel.distribution() != DataDistribution.SHARDED_BY_S3_KEY) {
            return all;
        }
        List<T> mine = shard.files(all);
        if (mine.isEmpty()) {
            throw new InputException(String.format(Locale.ROOT, "channel '%s' is ShardedByS3Key but has %d file(s) "
                    + "at %s for %d workers: worker_%d gets none (expected at least one file per worker)",
                    channel.channelName(), all.size(), channel.s3Uri(), shard.world(), shard.rank()));
        }
        return mine;
    }

    private static void copy(Storage storage, String key, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            long offset = 0;
            byte[] chunk;
            do {
                chunk = storage.get(key, offset, CHUNK);
                out.write(chunk);
                offset += chunk.length;
            } while (chunk.length == CHUNK);
        }
    }

    /** Returns a file's text, gunzipped if it is gzip (by its magic bytes), so that joined files stay valid. */
    private static byte[] decompressed(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private Path single(Channel channel, List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new InputException(String.format(Locale.ROOT, "channel '%s': no data files at %s",
                    channel.channelName(), channel.s3Uri()));
        }
        if (files.size() == 1) {
            return files.get(0);
        }
        Path joined = inputRoot.resolve(channel.channelName() + ".joined");
        Files.createDirectories(inputRoot);
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path file : files) {
                byte[] bytes = decompressed(file);
                out.write(bytes);
                if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                    out.write('\n');
                }
            }
        }
        return joined;
    }
}
