package io.rapport.store;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Row ids: UUID version 7 (RFC 9562), time-ordered so that inserts land at the end of the
 * id index instead of at random pages, which keeps a million-row import fast.
 */
public final class Ids {
    private static final long NODE_BITS = new SecureRandom().nextLong();

    private Ids() {
    }

    public static String newId() {
        return newId(System.currentTimeMillis()).toString();
    }

    static UUID newId(long epochMs) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (epochMs & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L | (r.nextInt() & 0x0FFF);
        long lsb = (r.nextLong() ^ NODE_BITS) & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** True for the textual form of any UUID. */
    public static boolean isId(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
