package io.rapport.wrapup.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles overlapping candidates: the longer one wins (an IBAN over the NRB inside it, a 19-digit
 * card over the 16-digit card plus CVV it could also be), ties go to the more specific kind.
 * Candidates are settled cluster by cluster (runs of mutually overlapping spans), which keeps the
 * work proportional to the input even when a pasted text yields thousands of candidates.
 */
final class Overlaps {
    private static final Comparator<Candidate> BY_START = Comparator.comparingInt(Candidate::start);
    private static final Comparator<Candidate> PREFERRED = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::rank)
            .thenComparingInt(Candidate::start);

    private Overlaps() {
    }

    /** The winners, sorted by start, blockers removed. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_START);
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (Candidate c : sorted) {
            if (c.start() >= clusterEnd && !cluster.isEmpty()) {
                settle(cluster, kept);
                cluster.clear();
            }
            cluster.add(c);
            clusterEnd = Math.max(clusterEnd, c.end());
        }
        settle(cluster, kept);
        kept.sort(BY_START);
        return kept;
    }

    private static void settle(List<Candidate> cluster, List<Candidate> kept) {
        if (cluster.size() == 1) {
            addUnlessBlocker(cluster.get(0), kept);
            return;
        }
        List<Candidate> byPreference = new ArrayList<>(cluster);
        byPreference.sort(PREFERRED);
        // Winners never overlap each other, so the one starting last before c ends is the only one to ask.
        TreeMap<Integer, Candidate> winners = new TreeMap<>();
        for (Candidate c : byPreference) {
            Map.Entry<Integer, Candidate> before = winners.lowerEntry(c.end());
            if (before == null || before.getValue().end() <= c.start()) {
                winners.put(c.start(), c);
            }
        }
        for (Candidate w : winners.values()) {
            addUnlessBlocker(w, kept);
        }
    }

    private static void addUnlessBlocker(Candidate c, List<Candidate> kept) {
        if (!c.isBlocker()) {
            kept.add(c);
        }
    }
}
