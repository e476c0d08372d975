package org.egovera.model.io;

import java.nio.file.Path;

/**
 * Input that cannot be read: missing, malformed or hostile. Carries the file and, where known, the
 * position, so that a command prints one line a user can act on.
 */
public class InputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final int column;

    public InputException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, String message) {
        this(file, 0, 0, message, null);
    }

    public InputException(Path file, String message, Throwable cause) {
        this(file, 0, 0, message, cause);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:column: message}, the form compilers use and editors can jump to. */
    public String oneLine() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(getMessage()).toString();
    }
}
