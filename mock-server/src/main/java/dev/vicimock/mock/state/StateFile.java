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
 * The state kept on disk across restarts, in two files: {@code NAME}, a complete {@code vicidial-state/1} document,
 * and {@code NAME.journal}, the changes since it was written (see {@link StateJournal}). Opening reads both, or
 * creates them from a start state; a file that cannot be read or is not valid stops the start with a message and
 * is never written to. Once attached, every change of the live state is appended to the journal and forced to
 * disk before the call that made it returns, so before its answer is sent; a write carries every change committed
 * before it began, so concurrent calls share writes. When the journal outgrows the full file, the state is written
 * in full again: to a temporary file in the same directory, forced to disk, then renamed over the old one. Each
 * change thus costs about the size of what it changed, however long the admin log grows.
 */
public final class StateFile implements AutoCloseable {
    /** The journal is folded into the full file once it is this large, or as large as the full file. */
    private static final long MIN_COMPACTION_BYTES = 1L << 20;

    private final Path file;
    private final Path journalPath;
    private final Path temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Snapshot loaded;
    private final boolean created;
    private final Object writing = new Object();
    private final AtomicLong requested = new AtomicLong();
    private long written;
    private long writes;
    private FileChannel journal;
    private long journalBytes;
    private long fullBytes;
    private StateJournal.Written onDisk;

    private StateFile(Path file, FileChannel lockChannel, FileLock lock, Snapshot loaded, boolean created) {
        this.file = file;
        this.journalPath = file.resolveSibling(file.getFileName() + ".journal");
        this.temporary = sibling(file, ".tmp");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.loaded = loaded;
        this.created = created;
    }

    /**
     * Opens the files: loads them if the state file exists, else writes {@code start} to it. Holds a lock file next
     * to it ({@code .NAME.lock}) so that two simulators never share one state.
     *
     * @throws StateFileException when a file is unreadable, not a valid state, locked, or cannot be created
     */
    public static StateFile open(Path file, Supplier<Snapshot> start) {
        Path path = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(sibling(path, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StateFileException("state file " + path + " is in use by another vicidial-mock (it holds "
                        + sibling(path, ".lock") + ")");
            }
            boolean exists = Files.exists(path);
            StateFile opened = new StateFile(path, channel, lock, exists ? read(path) : start.get(), !exists);
            Files.deleteIfExists(opened.temporary);
            // start from one complete file and an empty journal: a cut-off journal line is gone for good
            opened.writeFull(opened.loaded);
            return opened;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateFileException("cannot use state file " + path + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * The state kept in a state file and its journal, read without taking the file over (for tools and tests).
     *
     * @throws StateFileException when a file cannot be read or is not valid
     */
    public static Snapshot read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        byte[] full = bytes(path, "state file");
        Snapshot base = parse(path, full);
        Path journal = path.resolveSibling(path.getFileName() + ".journal");
        if (!Files.exists(journal)) {
            return base;
        }
        return StateJournal.replay(
                base, full, bytes(journal, "state journal"), DialerState.DEFAULT_ADMIN_LOG_LIMIT, journal.toString());
    }

    /** The state read from the files, or the start state they were created with. */
    public Snapshot loaded() {
        return loaded;
    }

    /** Whether the state file did not exist and was created from the start state. */
    public boolean created() {
        return created;
    }

    public Path path() {
        return file;
    }

    /** Writes every change of the state from now on. */
    public void attach(DialerState state) {
        state.onChange(this::save);
    }

    /** Writes (journal appends and full files) since opening. */
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
            Snapshot now = state.snapshot();
            byte[] line = StateJournal.line(onDisk, now);
            if (line == null || journalBytes + line.length > Math.max(MIN_COMPACTION_BYTES, fullBytes)) {
                writeFull(now);
            } else {
                append(line, now);
            }
            written = covers;
        }
    }

    /** Writes the state in full (and an empty journal), then releases the lock file. */
    @Override
    public void close() {
        synchronized (writing) {
            try {
                if (journal != null && journalBytes > 0) {
                    writeFull(read(file));
                }
            } catch (RuntimeException e) {
                // the journal stays as it is and is read at the next start
            } finally {
                closeQuietly(journal);
                journal = null;
            }
        }
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases the lock as well
        }
        closeQuietly(lockChannel);
    }

    private void append(byte[] line, Snapshot now) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                journal.write(buffer);
            }
            journal.force(false);
            journalBytes += line.length;
            onDisk = StateJournal.Written.of(now);
            writes++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to state journal " + journalPath + ": " + describe(e), e);
        }
    }

    /** The full file through a temporary file and a rename, then a journal that continues it. */
    private void writeFull(Snapshot snapshot) {
        byte[] json = StateJson.write(snapshot);
        try {
            closeQuietly(journal);
            replace(file, json);
            replace(journalPath, StateJournal.header(json));
            forceDirectory(file.getParent());
            journal = FileChannel.open(journalPath, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            journalBytes = 0;
            fullBytes = json.length;
            onDisk = StateJournal.Written.of(snapshot);
            writes++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write state file " + file + ": " + describe(e), e);
        }
    }

    private void replace(Path target, byte[] content) throws IOException {
        try (FileChannel out = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] bytes(Path path, String what) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new StateFileException(
                    "cannot read " + what + " " + path + ": " + describe(e) + "; the file was left untouched", e);
        }
    }

    private static Snapshot parse(Path path, byte[] bytes) {
        try {
            return StateJson.read(bytes);
        } catch (StateException e) {
            throw new StateFileException(
                    "state file " + path + " is not a valid " + StateJson.FORMAT + " document: " + e.getMessage()
                            + "; fix or remove it (it was left untouched)",
                    e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Makes the renames themselves durable; not every platform can open a directory, which is then skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // best effort: each rename is atomic either way
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
