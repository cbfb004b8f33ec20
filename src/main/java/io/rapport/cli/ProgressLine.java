package io.rapport.cli;

import java.io.PrintStream;

/** A progress line on standard error, redrawn in place at most ten times a second. */
final class ProgressLine {
    private final PrintStream err;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    void update(long done, long total, String extra) {
        if (System.console() == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        String pct = total > 0 ? String.format("%3d%%", Math.min(100, done * 100 / total)) : "";
        err.print("\r" + label + " " + pct + (extra == null ? "" : "  " + extra) + "   ");
        err.flush();
        drawn = true;
    }

    void done() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
