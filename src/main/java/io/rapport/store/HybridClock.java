package io.rapport.store;

/**
 * A hybrid logical clock (Kulkarni et al.): wall time in milliseconds plus a counter, so that
 * every change gets a value greater than any value this device has seen, even when clocks
 * between desktops are skewed by hours. Values are fixed-width text that sorts in clock order:
 * {@code 12 hex digits of ms} {@code 4 hex digits of counter} {@code -} {@code node}.
 */
public final class HybridClock {
    private final String node;
    private final java.util.function.LongSupplier wall;
    private long lastMs;
    private int counter;

    public HybridClock(String node, String last) {
        this(node, last, System::currentTimeMillis);
    }

    public HybridClock(String node, String last, java.util.function.LongSupplier wall) {
        this.node = node;
        this.wall = wall;
        if (last != null && last.length() >= 16) {
            lastMs = Long.parseLong(last.substring(0, 12), 16);
            counter = Integer.parseInt(last.substring(12, 16), 16);
        }
    }

    public synchronized String tick() {
        long now = wall.getAsLong();
        if (now > lastMs) {
            lastMs = now;
            counter = 0;
        } else {
            counter++;
            if (counter > 0xFFFF) {
                lastMs++;
                counter = 0;
            }
        }
        return format(lastMs, counter, node);
    }

    /** Moves this clock past a remote value (malformed values are ignored). */
    public synchronized void observe(String remote) {
        if (remote == null || remote.length() < 16) {
            return;
        }
        long ms;
        int c;
        try {
            ms = Long.parseLong(remote.substring(0, 12), 16);
            c = Integer.parseInt(remote.substring(12, 16), 16);
        } catch (NumberFormatException e) {
            return;
        }
        long now = wall.getAsLong();
        long max = Math.max(Math.max(lastMs, ms), now);
        if (max == lastMs && max == ms) {
            counter = Math.max(counter, c) + 1;
        } else if (max == lastMs) {
            counter++;
        } else if (max == ms) {
            counter = c + 1;
        } else {
            counter = 0;
        }
        lastMs = max;
    }

    public synchronized String last() {
        return format(lastMs, counter, node);
    }

    static String format(long ms, int counter, String node) {
        StringBuilder b = new StringBuilder(17 + node.length());
        String hexMs = Long.toHexString(ms);
        for (int i = hexMs.length(); i < 12; i++) {
            b.append('0');
        }
        b.append(hexMs);
        String hexC = Integer.toHexString(counter);
        for (int i = hexC.length(); i < 4; i++) {
            b.append('0');
        }
        return b.append(hexC).append('-').append(node).toString();
    }

    /** The wall-clock part of a value, in epoch milliseconds. */
    public static long millisOf(String hlc) {
        return Long.parseLong(hlc.substring(0, 12), 16);
    }
}
