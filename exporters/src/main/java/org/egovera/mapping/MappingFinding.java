package org.egovera.mapping;

/**
 * One thing {@code map check} reports. {@code file} and {@code line} locate the mapping line where there is
 * one; a task without any mapping has neither.
 */
public record MappingFinding(Code code, String process, String task, String message, String file, int line) {

    public enum Code {
        /** A task with no service, no building block and no note. */
        UNMAPPED,
        /** A mapping line names a service or building block the catalogue does not have (or of another kind). */
        UNKNOWN_ID,
        /** A task relies on an ABB marked obsolete. */
        OBSOLETE_BLOCK,
        /** A mapping line names a task the catalogue does not have. */
        UNKNOWN_TASK,
        /** The task's name changed since the line was reviewed. */
        TASK_RENAMED,
        /** A line maps to nothing and gives no reason. */
        EMPTY_WITHOUT_NOTE
    }

    /** {@code file:line: } where there is a line, for messages. */
    public String where() {
        return file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
    }
}
