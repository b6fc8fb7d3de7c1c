// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} on a local folder. Objects are files; a put writes {@code <name>.<uuid>.tmp} beside the target and
 * renames it into place, so readers never see part of a file, and {@link #list} never shows such temporary files.
 * Data is not fsynced on put (a crash of the machine, not of the process, may lose the last writes); {@link #sync}
 * forces a file and its folder entry to disk where a caller needs durability. Folders are created as needed and never
 * removed, so a key cannot also be the folder of another key ({@code a} and {@code a/b}).
 *
 * <p>Thread-safe.
 */
public final class LocalStorage implements Storage {
    static final String TEMP_SUFFIX = ".tmp";
    // <name>.<uuid>.tmp: only this exact shape is hidden, so a user's own "notes.tmp" is still listed
    private static final Pattern TEMP_FILE = Pattern.compile(
            ".*\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + Pattern.quote(TEMP_SUFFIX));

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
        // Path.toUri ends with '/' only once the folder exists; keep the root URI stable
        String uri = root.toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    @Override
    public URI uriOf(String key) {
        return resolve(key).toUri();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = resolve(key);
        Path temp = target.resolveSibling(target.getFileName() + "." + tempId() + TEMP_SUFFIX);
        try {
            writeNew(temp, bytes);
            move(temp, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new StorageException(target.toUri(), "put", e);
        }
    }

    /**
     * Writes a new file with one write call (not {@code Files.write}'s 8 KiB chunks), creating its folders only when
     * the first open finds them missing: a put into an existing folder costs no {@code mkdir}.
     */
    private static void writeNew(Path path, byte[] bytes) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(path.getParent());
            out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        try (OutputStream file = out) {
            file.write(bytes);
        }
    }

    /** A random name part for temporary files; unique enough among concurrent writers, without SecureRandom. */
    private static String tempId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /**
     * Forces a published object to disk, and then its folder, so that the rename that published it survives a crash
     * of the machine too. Blocks until the disk confirms.
     *
     * @param key a relative key
     * @throws NoSuchKeyException if the key does not exist
     */
    public void sync(String key) {
        Path path = resolve(key);
        try {
            force(path, StandardOpenOption.WRITE);
            force(path.getParent(), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NoSuchKeyException(path.toUri(), "sync");
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
            // reading a folder fails (EISDIR): only then is it worth a stat, not before every read
            requireFile(path, "get");
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
        requireFile(path, "get");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long available = Math.max(0, channel.size() - offset);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, available));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
            return buffer.position() == buffer.capacity() ? buffer.array()
                    : Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            throw new NoSuchKeyException(path.toUri(), "get");
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "get", e);
        }
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        Path base = deepestFolder(StorageKeys.checkPrefix(prefix));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try {
            Files.walkFileTree(base, new KeyCollector(prefix, startAfter, keys));
        } catch (IOException e) {
            throw new StorageException(base.toUri(), "list", e);
        }
        keys.sort(StorageKeys::compare);
        return List.copyOf(keys);
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        if (Files.isDirectory(path)) {
            return; // a folder of other keys is no object: nothing to delete, as on S3
        }
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

    // a folder is no object: reading one is a missing key (as on S3), not an I/O failure
    private static void requireFile(Path path, String operation) {
        if (Files.isDirectory(path)) {
            throw new NoSuchKeyException(path.toUri(), operation);
        }
    }

    private static void force(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
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

    /** Collects the keys of a walk; files or folders removed while walking are a change, not a failure. */
    private final class KeyCollector extends SimpleFileVisitor<Path> {
        private final String prefix;
        private final @Nullable String startAfter;
        private final List<String> keys;

        KeyCollector(String prefix, @Nullable String startAfter, List<String> keys) {
            this.prefix = prefix;
            this.startAfter = startAfter;
            this.keys = keys;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                String key = keyOf(file);
                if (key.startsWith(prefix) && !TEMP_FILE.matcher(key).matches()
                        && (startAfter == null || StorageKeys.compare(key, startAfter) > 0)) {
                    keys.add(key);
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }
    }
}
