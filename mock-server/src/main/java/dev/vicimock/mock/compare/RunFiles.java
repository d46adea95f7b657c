package dev.vicimock.mock.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes run files; reading refuses anything that is not a complete {@value RunFile#FORMAT} document. */
public final class RunFiles {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunFiles() {}

    /** The run file at this path; a missing, unreadable or malformed file is a {@link BadInputException}. */
    public static RunFile read(Path path) {
        RunFile run;
        try {
            run = JSON.readValue(Files.readAllBytes(path), RunFile.class);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such run file: " + path);
        } catch (JsonProcessingException e) {
            throw new BadInputException("not a run file (malformed JSON): " + path + ": "
                    + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " "));
        } catch (IOException e) {
            throw new BadInputException("cannot read run file " + path + ": " + e.getMessage(), e);
        }
        return validated(run, path);
    }

    private static RunFile validated(RunFile run, Path path) {
        if (run == null || !RunFile.FORMAT.equals(run.format())) {
            throw new BadInputException(
                    "not a run file: " + path + " (expected \"format\": \"" + RunFile.FORMAT + "\")");
        }
        if (run.target() == null) {
            throw new BadInputException("malformed run file " + path + ": no \"target\"");
        }
        for (RunFile.Scenario s : run.scenarios()) {
            if (s.feature() == null || s.scenario() == null) {
                throw new BadInputException(
                        "malformed run file " + path + ": a scenario without \"feature\" or \"scenario\"");
            }
            for (RunFile.Exchange e : s.exchanges()) {
                if (e.request() == null || e.request().target() == null || e.body() == null) {
                    throw new BadInputException("malformed run file " + path + ": an exchange of scenario '"
                            + s.scenario() + "' without request target or body");
                }
            }
        }
        return run;
    }

    /** Writes the run file, creating its folder. */
    public static void write(Path path, RunFile run) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(path.toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
