package org.egovera.cli;

import java.io.PrintStream;

import org.egovera.model.io.Progress;

/**
 * A progress bar on standard error, redrawn at most ten times a second; silent when standard error
 * is not a terminal, so logs and pipes stay clean.
 */
public final class TerminalProgress implements Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private String task = "";
    private long total;
    private long done;
    private long lastDraw;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar when running on a terminal, {@link Progress#NONE} otherwise. */
    public static Progress forThisProcess() {
        return System.console() != null ? new TerminalProgress(System.err) : Progress.NONE;
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done = 0;
        this.lastDraw = 0;
        draw();
    }

    @Override
    public void advance(long amount) {
        done += amount;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw();
        }
    }

    @Override
    public void done() {
        if (total > 0) {
            done = total;
        }
        draw();
        err.println();
        err.flush();
    }

    private void draw() {
        StringBuilder line = new StringBuilder("\r").append(task).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(done * 100 / total).append('%');
        } else {
            line.append(done);
        }
        err.print(line);
        err.flush();
    }
}
