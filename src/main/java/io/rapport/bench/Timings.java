package io.rapport.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Timings {
    private long[] samples = new long[1024];
    private int n;

    void add(long nanos) {
        if (n == samples.length) {
            samples = Arrays.copyOf(samples, n * 2);
        }
        samples[n++] = nanos;
    }

    /** Times {@code r} and records it. */
    void time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        add(System.nanoTime() - t0);
    }

    double percentileMs(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * n) - 1;
        return s[Math.max(0, Math.min(n - 1, idx))] / 1_000_000.0;
    }

    int count() {
        return n;
    }
}
