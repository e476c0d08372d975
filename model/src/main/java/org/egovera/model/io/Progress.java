package org.egovera.model.io;

/**
 * How long library operations (imports, exports, generation) tell how far they are. The command line
 * draws a bar on a terminal; libraries and tests pass {@link #NONE}.
 */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long amount) {
        }

        @Override
        public void done() {
        }
    };

    /** A new task of {@code total} units (0 or less when the total is unknown). */
    void start(String task, long total);

    /** {@code amount} more units of the current task are done. */
    void advance(long amount);

    /** The current task is finished. */
    void done();
}
