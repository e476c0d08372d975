package org.egovera.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.egovera.model.io.InputException;

/**
 * The folder a report is written to. The site is built in a hidden folder beside the target and moved
 * into place only when complete, so a reader never sees half a report; an existing folder is replaced
 * only when it holds an earlier report (it carries a marker file), never an arbitrary folder.
 */
final class SiteDirectory {

    /** The file that marks a folder as a report this tool wrote. */
    static final String MARKER = ".egovera-report";

    private SiteDirectory() {
    }

    /** Checks that {@code target} may receive a report, and creates the folder to build it in. */
    static Path prepare(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new InputException(target, "is a file, not a folder for a report");
            }
            if (!Files.exists(absolute.resolve(MARKER)) && !isEmpty(absolute)) {
                throw new InputException(target, "is a folder that holds something other than an egovera report;"
                        + " choose a new or empty folder");
            }
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        if (building.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Temporary folders are private to their owner; a published site is meant to be read by others.
            Files.setPosixFilePermissions(building, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(building.resolve(MARKER), "egovera report\n");
        return building;
    }

    /** Moves the finished site into place, replacing an earlier report. */
    static void commit(Path building, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path previous = null;
        if (Files.exists(absolute)) {
            previous = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".previous-");
            Files.delete(previous);
            move(absolute, previous);
        }
        try {
            move(building, absolute);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, absolute);
            }
            throw e;
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /** Removes a folder that will not become the report (after a failure). */
    static void discard(Path building) {
        try {
            deleteTree(building);
        } catch (IOException | UncheckedIOException e) {
            // The folder is hidden and named as ours; leaving it behind after a failure loses nothing.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
