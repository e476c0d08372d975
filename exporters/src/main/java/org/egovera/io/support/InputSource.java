package org.egovera.io.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.egovera.model.io.InputException;

/**
 * An input the importer reads: a file, or a resource shipped on the classpath. Either way it has a
 * path that messages name, and a file name that provenance and data gaps record.
 *
 * @param displayPath how messages name the input
 * @param opener      opens a fresh stream
 */
public record InputSource(Path displayPath, Opener opener) {

    /** Opens the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static InputSource of(Path file) {
        return new InputSource(file, () -> Files.newInputStream(file));
    }

    /** A resource next to {@code anchor} on the classpath, named {@code <shipped>/file} in messages. */
    public static InputSource classpath(Class<?> anchor, String resource) {
        Path display = Path.of("<shipped>", Path.of(resource).getFileName().toString());
        return new InputSource(display, () -> {
            InputStream in = anchor.getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource, null, "not on the classpath");
            }
            return in;
        });
    }

    /** Opens the input; a missing or unreadable input becomes an {@link InputException}. */
    public InputStream open() {
        try {
            return opener.open();
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath, "no such file", e);
        } catch (IOException e) {
            throw new InputException(displayPath, "cannot read: " + e.getMessage(), e);
        }
    }

    public String fileName() {
        return displayPath.getFileName().toString();
    }
}
