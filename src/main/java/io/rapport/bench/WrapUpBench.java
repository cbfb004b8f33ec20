package io.rapport.bench;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.importer.ImportProgress;
import io.rapport.wrapup.Contact;
import io.rapport.wrapup.Draft;
import io.rapport.wrapup.WrapUpFields;
import io.rapport.wrapup.WrapUpService;
import io.rapport.wrapup.redact.RedactionCorpus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Wrap-up: redaction quality on generated notes full of real and look-alike numbers, and the two
 * writes an agent waits on: the autosave of a long note and the submit, both through the
 * service the form uses (redaction, JSON, SQLite in WAL mode, the timeline and follow-up rows).
 */
public final class WrapUpBench implements BenchArea {
    private static final int NOTES = 10_000;
    private static final int CUSTOMERS = 2_000;
    private static final int INTERACTIONS = 20_000;
    private RedactionCorpus.Stats stats;

    @Override
    public String name() {
        return "wrapup";
    }

    @Override
    public String dataset() {
        return String.format("%,d generated notes in pl/cs/de/en with %s valid card numbers, IBANs, PESELs and rodná "
                + "čísla and %s look-alikes (invalid checksums, order and phone numbers, dates, amounts); "
                + "autosave of a 5,000-character note and submit of a complete wrap-up into a store of %,d demo "
                + "customers and %,d interactions", NOTES, stats == null ? "?" : String.format("%,d",
                        stats.sensitiveValues()), stats == null ? "?" : String.format("%,d", stats.lookAlikes()),
                CUSTOMERS, INTERACTIONS);
    }

    @Override
    public List<Figure> run(Path work, PrintStream log) throws Exception {
        List<Figure> figures = new ArrayList<>();
        List<RedactionCorpus.Sample> corpus = RedactionCorpus.generate(NOTES, 20261123L);
        long t0 = System.nanoTime();
        stats = RedactionCorpus.evaluate(corpus);
        double perNote = (System.nanoTime() - t0) / 1e6 / NOTES;
        log.printf("  redaction: %,d of %,d sensitive values, %,d false positives among %,d look-alikes%n",
                stats.redactedValues(), stats.sensitiveValues(), stats.falsePositives(), stats.lookAlikes());
        stats.examples().stream().limit(5).forEach(e -> log.println("    " + e));
        figures.add(Figure.higher("redaction_recall", stats.recall() * 100, "%", 100));
        figures.add(Figure.lower("redaction_false_positive_rate", stats.falsePositiveRate() * 100, "%", 0.5));
        figures.add(Figure.lower("redaction_per_note_mean", perNote, "ms", 1));

        try (AppServices s = AppServices.open(work.resolve("store"))) {
            s.demo().generate(CUSTOMERS, INTERACTIONS, 7, ImportProgress.NONE);
            s.importService().indexWords(ImportProgress.NONE);
            WrapUpService w = s.wrapUp();
            List<String> customers = s.customers().withContactsBetween(1, 1000, 600);
            log.printf("  store: %,d customers, %,d interactions%n", s.customers().count(), s.interactions().count());

            Draft d = w.open(contact(customers.get(0)));
            String base = note(5_000, new SplittableRandom(1));
            Timings autosave = new Timings();
            for (int i = 1; i <= 1_200; i++) {
                // each keystroke changes the end of the note, as typing does
                WrapUpFields f = fields(base.substring(0, base.length() - 1) + (char) ('a' + i % 26), "+1", w.agent());
                long rev = i;
                if (i <= 200) {
                    w.save(d.id(), f, rev);
                } else {
                    autosave.time(() -> w.save(d.id(), f, rev));
                }
            }
            figures.add(Figure.lower("autosave_5000_chars_p50", autosave.percentileMs(50), "ms", 20));
            figures.add(Figure.lower("autosave_5000_chars_p99", autosave.percentileMs(99), "ms", 20));
            w.discard(d.id());

            Timings submit = new Timings();
            LocalDate today = LocalDate.now();
            SplittableRandom r = new SplittableRandom(2);
            for (int i = 0; i < 600; i++) {
                Draft x = w.open(contact(customers.get(i % customers.size())));
                WrapUpFields f = fields(note(300 + r.nextInt(1200), r), "+" + (1 + r.nextInt(9)), w.agent());
                if (i < 100) {
                    w.submit(x.id(), f, today);
                } else {
                    submit.time(() -> w.submit(x.id(), f, today));
                }
            }
            figures.add(Figure.lower("submit_p50", submit.percentileMs(50), "ms", 50));
            figures.add(Figure.lower("submit_p99", submit.percentileMs(99), "ms", 50));
        }
        return figures;
    }

    private static Contact contact(String customer) {
        return new Contact(customer, Channel.PHONE, Direction.INBOUND, Instant.now().minusSeconds(400), null);
    }

    private static WrapUpFields fields(String summary, String due, String owner) {
        return new WrapUpFields("delivery", "delivery.late", "follow-up", summary,
                "Call the customer when the courier confirms the new slot.", due, owner, 2, "courier, slot");
    }

    /** A note of about {@code length} characters with an order number, a phone and a card number in it. */
    private static String note(int length, SplittableRandom r) {
        String[] parts = {"Customer called about order ZAM/2025/00" + (1000 + r.nextInt(8999)) + ". ",
            "Courier missed the agreed slot twice and the customer took a day off for it. ",
            "Read out card 4111 1111 1111 1111 before I could stop her. ",
            "Phone for the courier: +48 601 234 567. ", "Rebooked with the depot for Friday morning. ",
            "Offered a voucher for the trouble; she accepted. ", "Klientka prosi o kontakt po 16:00. ",
            "Zákaznice chce potvrzení e-mailem. "};
        StringBuilder b = new StringBuilder(length + 100);
        while (b.length() < length) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.substring(0, length);
    }
}
