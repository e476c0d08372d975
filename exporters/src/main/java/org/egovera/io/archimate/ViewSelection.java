package org.egovera.io.archimate;

/** Which views an export writes. */
public enum ViewSelection {
    /** No diagrams at all: the smallest file, for very large models. */
    NONE,
    /** The five EIRA views only. */
    EIRA,
    /** The EIRA views, one view per priority capability, per service and per process, and the imported views. */
    ALL;

    /** The selection a command-line value names ({@code none}, {@code eira}, {@code all}). */
    public static ViewSelection of(String text) {
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
