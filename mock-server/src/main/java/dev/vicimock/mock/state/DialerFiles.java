package dev.vicimock.mock.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the isolated dialers of a durable state file live: the directory {@code FILE.dialers} beside it, one
 * {@link StateFile} per dialer ({@code NAME.json}, with its journal and lock file) and its profile in
 * {@code NAME.profile}. The default dialer's file keeps its format, so a file written before dialers existed loads
 * as it did, with no dialers; the directory is created with the first dialer.
 */
public final class DialerFiles {
    private static final String STATE = ".json";
    private static final String PROFILE = ".profile";

    private final Path directory;

    private DialerFiles(Path directory) {
        this.directory = directory;
    }

    /** The dialers' directory of the default dialer's state file {@code file}. */
    public static DialerFiles beside(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return new DialerFiles(path.resolveSibling(path.getFileName() + ".dialers"));
    }

    public Path directory() {
        return directory;
    }

    /** The names of the dialers kept here, in no particular order; none when the directory does not exist. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + STATE)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.length() - STATE.length()));
            }
        } catch (IOException e) {
            throw new StateFileException("cannot list the dialers in " + directory + ": " + e.getMessage(), e);
        }
        return names;
    }

    /** Opens (or creates from {@code start}) the dialer's state file; see {@link StateFile#open}. */
    public StateFile open(String name, Supplier<Snapshot> start) {
        return StateFile.open(stateFile(name), start);
    }

    /** The profile last chosen for the dialer, if one was. */
    public Optional<String> profile(String name) {
        Path p = directory.resolve(name + PROFILE);
        try {
            return Files.exists(p)
                    ? Optional.of(Files.readString(p, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            throw new StateFileException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the dialer's profile (written through a temporary file and a rename). */
    public void profile(String name, String profile) {
        Path p = directory.resolve(name + PROFILE);
        Path tmp = directory.resolve("." + name + PROFILE + ".tmp");
        try {
            Files.writeString(tmp, profile + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StateFileException("cannot write " + p + ": " + e.getMessage(), e);
        }
    }

    /** Releases the dialer's state file and removes every file of it. */
    public void delete(String name, StateFile file) {
        file.close();
        Path state = stateFile(name);
        for (Path p : List.of(
                state,
                state.resolveSibling(state.getFileName() + ".journal"),
                directory.resolve("." + state.getFileName() + ".lock"),
                directory.resolve(name + PROFILE))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new StateFileException("cannot delete " + p + ": " + e.getMessage(), e);
            }
        }
    }

    private Path stateFile(String name) {
        return directory.resolve(name + STATE);
    }
}
