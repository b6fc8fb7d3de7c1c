// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} on a local folder. Objects are files; a put writes {@code <name>.<uuid>.tmp} beside the target and
 * renames it into place, so readers never see part of a file. Data is not fsynced on put (a crash of the machine, not
 * of the process, may lose the last writes); {@link #sync} forces it where a caller needs durability.
 *
 * <p>Thread-safe.
 */
public final class LocalStorage implements Storage {
    static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    private final LocalWatcher watcher;

    private LocalStorage(Path root) {
        this.root = root;
        this.watcher = new LocalWatcher(root);
    }

    /**
     * Opens a folder as storage; the folder need not exist yet (it is created by the first put).
     *
     * @param root the folder
     * @return the storage
     */
    public static LocalStorage open(Path root) {
        return new LocalStorage(root.toAbsolutePath().normalize());
    }

    /**
     * Returns the folder.
     *
     * @return the absolute root path
     */
    public Path root() {
        return root;
    }

    @Override
    public URI uri() {
        return root.toUri();
    }

    @Override
    public URI uriOf(String key) {
        return resolve(key).toUri();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = resolve(key);
        Path temp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            Files.write(temp, bytes);
            move(temp, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new StorageException(target.toUri(), "put", e);
        }
    }

    /**
     * Forces a published object to disk.
     *
     * @param key a relative key
     */
    public void sync(String key) {
        Path path = resolve(key);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "sync", e);
        }
    }

    @Override
    public byte[] get(String key) {
        Path path = resolve(key);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchKeyException(path.toUri(), "get");
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "get", e);
        }
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "range must be non-negative: offset %d, length %d", offset, length));
        }
        Path path = resolve(key);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long available = Math.max(0, channel.size() - offset);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, available));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
            return buffer.position() == buffer.capacity() ? buffer.array()
                    : java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            throw new NoSuchKeyException(path.toUri(), "get");
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "get", e);
        }
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        Path base = deepestFolder(prefix);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = keyOf(file);
                if (key.startsWith(prefix) && !key.endsWith(TEMP_SUFFIX)
                        && (startAfter == null || key.compareTo(startAfter) > 0)) {
                    keys.add(key);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a folder removed while walking is a change, not a failure: list what remains
            if (!(rootCause(e) instanceof NoSuchFileException)) {
                throw new StorageException(base.toUri(), "list", e);
            }
        }
        keys.sort(null);
        return keys;
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "delete", e);
        }
    }

    @Override
    public AutoCloseable watch(String prefix, Runnable onChange) {
        return watcher.watch(deepestFolder(prefix), onChange);
    }

    @Override
    public boolean canWatch() {
        return true;
    }

    @Override
    public void close() {
        watcher.close();
    }

    @Override
    public String toString() {
        return "LocalStorage[" + root + "]";
    }

    Path resolve(String key) {
        StorageKeys.check(key);
        return root.resolve(key);
    }

    private Path deepestFolder(String prefix) {
        int slash = prefix.lastIndexOf('/');
        return slash < 0 ? root : root.resolve(prefix.substring(0, slash));
    }

    private String keyOf(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the put already failed; a stray temp file is never listed and is not worth a second error
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
