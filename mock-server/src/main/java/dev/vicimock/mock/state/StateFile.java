package dev.vicimock.mock.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The state kept in a {@code vicidial-state/1} file across restarts. Opening reads the file, or creates it from a
 * start state when there is none; a file that cannot be read or is not a valid document stops the start with a
 * message and is never written to. Once attached, every change of the live state is written before the call that
 * made it returns (so before its answer is sent): the whole document goes to a temporary file in the same
 * directory, is forced to disk, and is renamed over the old file, so the file is always one complete state.
 * Concurrent changes share writes: a write carries every change committed before it began.
 */
public final class StateFile implements AutoCloseable {
    private final Path file;
    private final Path temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Snapshot loaded;
    private final boolean created;
    private final Object writing = new Object();
    private final AtomicLong requested = new AtomicLong();
    private long written;
    private long writes;

    private StateFile(Path file, FileChannel lockChannel, FileLock lock, Snapshot loaded, boolean created) {
        this.file = file;
        this.temporary = sibling(file, ".tmp");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.loaded = loaded;
        this.created = created;
    }

    /**
     * Opens the file: loads it if it exists, else writes {@code start} to it. Holds a lock file next to it
     * ({@code .NAME.lock}) so that two simulators never share one state file.
     *
     * @throws StateFileException when the file is unreadable, not a valid state, locked, or cannot be created
     */
    public static StateFile open(Path file, Supplier<Snapshot> start) {
        Path path = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Path dir = path.getParent();
            Files.createDirectories(dir);
            channel = FileChannel.open(sibling(path, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StateFileException("state file " + path + " is in use by another vicidial-mock (it holds "
                        + sibling(path, ".lock") + ")");
            }
            StateFile opened;
            if (Files.exists(path)) {
                opened = new StateFile(path, channel, lock, read(path), false);
            } else {
                opened = new StateFile(path, channel, lock, start.get(), true);
                opened.write(opened.loaded);
            }
            Files.deleteIfExists(opened.temporary);
            return opened;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateFileException("cannot use state file " + path + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The state read from the file, or the start state the file was created with. */
    public Snapshot loaded() {
        return loaded;
    }

    /** Whether the file did not exist and was created from the start state. */
    public boolean created() {
        return created;
    }

    public Path path() {
        return file;
    }

    /** Writes the state to the file after every change from now on. */
    public void attach(DialerState state) {
        state.onChange(this::save);
    }

    /** Files written since opening, for tests and the summary. */
    public long writes() {
        synchronized (writing) {
            return writes;
        }
    }

    /**
     * Writes the state unless a write that started after this change has already finished. Called after the
     * change is committed, so a snapshot taken once the ticket is drawn holds the change.
     */
    void save(DialerState state) {
        long ticket = requested.incrementAndGet();
        synchronized (writing) {
            if (written >= ticket) {
                return;
            }
            long covers = requested.get();
            write(state.snapshot());
            written = covers;
        }
    }

    private void write(Snapshot snapshot) {
        byte[] json = StateJson.write(snapshot);
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(file.getParent());
            synchronized (writing) {
                writes++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write state file " + file + ": " + describe(e), e);
        }
    }

    /** Releases the lock file; the state file stays as last written. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases the lock as well
        }
        closeQuietly(lockChannel);
    }

    private static Snapshot read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new StateFileException("cannot read state file " + path + ": " + describe(e)
                    + "; the file was left untouched", e);
        }
        try {
            return StateJson.read(bytes);
        } catch (StateException e) {
            throw new StateFileException("state file " + path + " is not a valid " + StateJson.FORMAT + " document: "
                    + e.getMessage() + "; fix or remove it (it was left untouched)", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is then skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // best effort: the rename is atomic either way
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + suffix);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied " + e.getMessage();
        }
        return e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
