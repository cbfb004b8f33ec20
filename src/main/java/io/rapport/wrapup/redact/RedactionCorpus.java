package io.rapport.wrapup.redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic corpus of synthetic wrap-up notes in Polish, Czech, German and English, for the
 * redaction tests and benchmark. Notes carry valid sensitive values (cards with and without CVVs,
 * IBANs, NRBs, Czech accounts, PESELs, rodná čísla) written the ways agents write them, and
 * look-alikes that must stay: order numbers, phone numbers, dates, amounts, postcodes, short
 * numbers and each kind of value with one digit wrong.
 */
public final class RedactionCorpus {
    private static final int MAX_EXAMPLES = 10;
    private static final String[] SEPARATORS = {". ", ". ", "; ", "\n", ", ", " | ", ".\n", " 🙂 ", ".\t"};
    private static final String[] CONNECTORS = {" ", " ", ": ", ": ", ":", " – ", " = ", " \u00A0", " 👉 "};

    private RedactionCorpus() {
    }

    /** A sensitive value's position in {@link Sample#text()}: {@code char} offsets, end exclusive. */
    public record Span(Kind kind, int start, int end) {
    }

    /**
     * One synthetic note.
     *
     * @param text       the note
     * @param truth      where its valid sensitive values are, sorted by start
     * @param lookAlikes how many numbers in it only look like sensitive values
     */
    public record Sample(String text, List<Span> truth, int lookAlikes) {
        public Sample {
            Objects.requireNonNull(text, "text");
            truth = List.copyOf(truth);
        }

        /** A hand-written sample with no look-alikes counted. */
        public Sample(String text, List<Span> truth) {
            this(text, truth, 0);
        }
    }

    /**
     * How the {@link Redactor} did on a corpus.
     *
     * @param samples                 notes evaluated
     * @param sensitiveValues         valid sensitive values in them
     * @param redactedValues          of those, the ones whose every char was inside a finding
     * @param recall                  redactedValues / sensitiveValues (1.0 when there are none)
     * @param lookAlikes              numbers that only look sensitive
     * @param falsePositives          findings overlapping no sensitive value
     * @param falsePositiveRate       falsePositives / lookAlikes (0.0 when there are none)
     * @param notesWithFalsePositives notes with at least one false positive
     * @param examples                the first few misses and false positives, with context
     */
    public record Stats(int samples, int sensitiveValues, int redactedValues, double recall, int lookAlikes,
            int falsePositives, double falsePositiveRate, int notesWithFalsePositives, List<String> examples) {
        public Stats {
            examples = List.copyOf(examples);
        }
    }

    /** {@code n} notes; the same {@code seed} always gives the same notes. */
    public static List<Sample> generate(int n, long seed) {
        Random r = new Random(seed);
        SyntheticValues v = new SyntheticValues(r);
        List<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(new NoteWriter(r, v).write());
        }
        return samples;
    }

    /** Runs the {@link Redactor} over {@code samples} and compares with their ground truth. */
    public static Stats evaluate(List<Sample> samples) {
        int values = 0;
        int redacted = 0;
        int lookAlikes = 0;
        int falsePositives = 0;
        int notesWithFalsePositives = 0;
        List<String> examples = new ArrayList<>();
        for (Sample s : samples) {
            List<Finding> findings = Redactor.find(s.text());
            for (Span t : s.truth()) {
                values++;
                if (covered(t, findings)) {
                    redacted++;
                } else if (examples.size() < MAX_EXAMPLES) {
                    examples.add("missed " + t.kind().id() + ": " + context(s.text(), t.start(), t.end()));
                }
            }
            int fp = 0;
            for (Finding f : findings) {
                if (s.truth().stream().noneMatch(t -> t.start() < f.end() && f.start() < t.end())) {
                    fp++;
                    if (examples.size() < MAX_EXAMPLES) {
                        examples.add("false " + f.kind().id() + ": " + context(s.text(), f.start(), f.end()));
                    }
                }
            }
            falsePositives += fp;
            notesWithFalsePositives += fp > 0 ? 1 : 0;
            lookAlikes += s.lookAlikes();
        }
        double recall = values == 0 ? 1.0 : (double) redacted / values;
        double fpRate = lookAlikes == 0 ? 0.0 : (double) falsePositives / lookAlikes;
        return new Stats(samples.size(), values, redacted, recall, lookAlikes, falsePositives, fpRate,
                notesWithFalsePositives, examples);
    }

    /** True if findings (sorted, disjoint) cover every char of the span, possibly in several pieces. */
    private static boolean covered(Span t, List<Finding> findings) {
        int at = t.start();
        for (Finding f : findings) {
            if (f.start() <= at && f.end() > at) {
                at = f.end();
            }
        }
        return at >= t.end();
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), end + 30);
        return text.substring(from, start) + "⟦" + text.substring(start, end) + "⟧" + text.substring(end, to);
    }

    /** Builds one note: a few sentences, each around one value or look-alike, in one language. */
    private static final class NoteWriter {
        private final Random r;
        private final SyntheticValues v;
        private final CorpusPhrases lang;
        private final StringBuilder sb = new StringBuilder();
        private final List<Span> truth = new ArrayList<>();
        private int lookAlikes;

        NoteWriter(Random r, SyntheticValues v) {
            this.r = r;
            this.v = v;
            this.lang = CorpusPhrases.values()[r.nextInt(CorpusPhrases.values().length)];
        }

        Sample write() {
            List<Consumer<NoteWriter>> parts = new ArrayList<>();
            int secrets = pickWeighted(35, 40, 20, 5);
            boolean hasCard = false;
            for (int i = 0; i < secrets; i++) {
                int kind = pickWeighted(30, 20, 10, 10, 15, 15);
                hasCard |= kind == 0;
                parts.add(secretPart(kind));
            }
            int decoys = 1 + r.nextInt(4);
            for (int i = 0; i < decoys; i++) {
                parts.add(decoyPart(pickWeighted(12, 10, 20, 14, 12, 6, 4, 6, 4, 3, 3, 4, 4, 2), hasCard));
            }
            Collections.shuffle(parts, r);
            if (r.nextInt(3) > 0) {
                text(v.pick(lang.fillers)).text(" ");
            }
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text(v.pick(SEPARATORS));
                }
                parts.get(i).accept(this);
            }
            if (r.nextBoolean()) {
                text(" ").text(v.pick(lang.fillers));
            }
            return new Sample(sb.toString(), truth, lookAlikes);
        }

        private Consumer<NoteWriter> secretPart(int kind) {
            return switch (kind) {
                case 0 -> NoteWriter::card;
                case 1 -> w -> w.labelled(w.lang.account, Kind.IBAN, w.v.formatIban(w.v.iban()));
                case 2 -> w -> w.labelled(w.lang.account, Kind.IBAN, w.v.formatNrb(w.v.nrb()));
                case 3 -> w -> w.labelled(w.lang.account, Kind.IBAN, w.v.czechAccount());
                case 4 -> w -> w.labelled(w.lang.pesel, Kind.PESEL, w.v.pesel());
                default -> w -> w.labelled(w.lang.rodneCislo, Kind.RODNE_CISLO,
                        w.r.nextInt(5) == 0 ? w.v.oldRodneCislo() : w.v.rodneCislo());
            };
        }

        private Consumer<NoteWriter> decoyPart(int kind, boolean noteHasCard) {
            return switch (kind) {
                case 0 -> w -> w.decoy(w.lang.order, w.v.orderId());
                case 1 -> w -> w.decoy(w.lang.order, w.v.plainNumber());
                case 2 -> w -> w.decoy(w.lang.phone, w.v.phone());
                case 3 -> w -> w.decoy(w.lang.date, w.v.date());
                case 4 -> w -> w.decoy(w.lang.amount, w.v.amount());
                case 5 -> w -> w.decoy(w.lang.shortNumber, w.v.shortNumber());
                case 6 -> w -> w.decoy(w.lang.postcode, w.v.postcode());
                case 7 -> w -> w.badCard(!noteHasCard);
                case 8 -> w -> w.decoy(w.lang.account, w.v.formatIban(w.v.oneDigitChanged(w.v.iban(), 2)));
                case 9 -> w -> w.decoy(w.lang.account, w.v.formatNrb(w.v.oneDigitChanged(w.v.nrb(), 0)));
                case 10 -> w -> w.decoy(w.lang.account, w.badCzechAccount());
                case 11 -> w -> w.decoy(w.lang.pesel, w.v.oneDigitChanged(w.v.pesel(), 0));
                case 12 -> w -> w.decoy(w.lang.rodneCislo, w.badRodneCislo());
                default -> w -> {
                    if (noteHasCard) {
                        w.decoy(w.lang.shortNumber, w.v.shortNumber());
                    } else {
                        w.decoy(w.lang.cvv, w.v.digits(3)); // a CVV-like number with no card near it
                    }
                };
            };
        }

        /** A card, mostly with its CVV written after it (bare or with a keyword) or just before it. */
        private void card() {
            String digits = v.cardDigits();
            String shown = v.formatCard(digits);
            String cvv = v.cvv(digits);
            String keyword = v.pick(lang.cvv);
            String label = v.pick(lang.card);
            boolean parens = r.nextInt(8) == 0;
            int mode = r.nextInt(10);
            if (mode == 9) {
                text(keyword).text(" ").secret(Kind.CVV, cvv).text(", ").text(label).text(" ").secret(Kind.CARD, shown);
                return;
            }
            text(label).text(parens ? " (" : v.pick(CONNECTORS));
            secret(Kind.CARD, shown);
            if (parens) {
                text(")");
            }
            switch (parens && mode < 5 ? 5 : mode) {
                case 0, 1 -> { }
                case 2 -> text(" ").secret(Kind.CVV, cvv);
                case 3 -> text("/").secret(Kind.CVV, cvv);
                case 4 -> text(", ").secret(Kind.CVV, cvv);
                case 5 -> text(" ").text(keyword).text(" ").secret(Kind.CVV, cvv);
                case 6 -> text(", ").text(keyword).text(": ").secret(Kind.CVV, cvv);
                case 7 -> text(" cvv ").secret(Kind.CVV, cvv);
                default -> text(", ").text(lang.validUntil).text(" ")
                        .text(String.format("%02d/%02d", 1 + r.nextInt(12), 26 + r.nextInt(5)))
                        .text(", ").text(keyword).text(" ").secret(Kind.CVV, cvv);
            }
        }

        /** A card with one digit wrong; with a CVV after it only where no real card is near. */
        private void badCard(boolean mayHaveCvv) {
            String digits = v.oneDigitChanged(v.cardDigits(), 0);
            decoy(lang.card, v.formatCard(digits));
            if (mayHaveCvv && r.nextBoolean()) {
                text(" ").text(v.pick(lang.cvv)).text(" ").text(v.cvv(digits));
                lookAlikes++;
            }
        }

        private String badCzechAccount() {
            while (true) {
                String account = v.czechAccount();
                int slash = account.indexOf('/');
                String changed = v.oneDigitChanged(account.substring(0, slash), 0) + account.substring(slash);
                String[] parts = changed.substring(0, slash).split("-");
                boolean valid = parts.length == 1
                        ? CzechAccounts.number(parts[0])
                        : CzechAccounts.prefix(parts[0]) && CzechAccounts.number(parts[1]);
                if (!valid) {
                    return changed;
                }
            }
        }

        /** A 10-digit rodné číslo with a serial digit wrong, so its date still reads as a birth date. */
        private String badRodneCislo() {
            while (true) {
                String good = v.rodneCislo().replace("/", "").replace(" ", "");
                String bad = v.oneDigitChanged(good, 6);
                if (!Checksums.rodneCislo(bad)) {
                    return v.slashOrNot(bad);
                }
            }
        }

        private void labelled(String[] labels, Kind kind, String value) {
            if (r.nextInt(20) == 0 && sb.length() == 0) {
                secret(kind, value).text(" – ").text(v.pick(labels));
                return;
            }
            boolean parens = r.nextInt(10) == 0;
            text(v.pick(labels)).text(parens ? " (" : v.pick(CONNECTORS));
            secret(kind, value);
            if (parens) {
                text(")");
            }
        }

        private void decoy(String[] labels, String value) {
            text(v.pick(labels)).text(v.pick(CONNECTORS)).text(value);
            lookAlikes++;
        }

        private NoteWriter text(String s) {
            sb.append(s);
            return this;
        }

        private NoteWriter secret(Kind kind, String value) {
            int start = sb.length();
            sb.append(value);
            truth.add(new Span(kind, start, sb.length()));
            return this;
        }

        private int pickWeighted(int... weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }
}
