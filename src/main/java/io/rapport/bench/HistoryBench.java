package io.rapport.bench;

import io.rapport.app.AppServices;
import io.rapport.customer.Customer;
import io.rapport.customer.CustomerService;
import io.rapport.customer.TimelineQuery;
import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportReport;
import io.rapport.importer.JsonLinesReader;
import io.rapport.text.PhoneNumbers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The history pane's figures on a generated store of 100,000 customers and 1,000,000
 * interactions: the import that builds it, lookups by phone, e-mail and name, the first timeline
 * page (also of the customer with 20,000 contacts), full-text search, cold start and memory.
 * Everything goes through the same services the window uses.
 */
public final class HistoryBench implements BenchArea {
    private static final int WARMUP = 300;
    private static final int SAMPLES = 2000;
    private static final String[] WORDS = {"reklamacja", "faktura", "zwrot", "awaria", "dostawa", "kurier",
        "reklamace", "vrácení", "výpadek", "doručení", "faktury", "Rechnung", "Rücksendung", "Störung", "Lieferung",
        "Paket", "refund", "invoice", "outage", "delivery", "router", "zażalenie", "příští týden", "Straße",
        "paczkomat", "technik", "Techniker", "cancel", "wypowiedzenie", "výpověď"};

    private final int customers;
    private final int interactions;
    private final boolean childProcess;

    public HistoryBench(int customers, int interactions, boolean childProcess) {
        this.customers = customers;
        this.interactions = interactions;
        this.childProcess = childProcess;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String dataset() {
        return String.format("generated demo store: %,d customers, %,d interactions (pl/cs/de/en, about 1 kB of "
                + "JSON each), imported from JSON Lines through the import service, then words indexed; "
                + "%,d samples per query after %,d warm-up, through the services the window uses",
                customers, interactions, SAMPLES, WARMUP);
    }

    @Override
    public List<Figure> run(Path work, PrintStream log) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path jsonl = work.resolve("history.jsonl");
        try (AppServices gen = AppServices.open(work.resolve("generator"))) {
            log.printf("generating %,d interactions as JSON Lines…%n", interactions);
            gen.demo().writeJsonLines(customers, interactions, 2026, jsonl);
        }
        Path data = work.resolve("store");
        try (AppServices s = AppServices.open(data)) {
            log.printf("importing %s (%,d MB)…%n", jsonl.getFileName(), Files.size(jsonl) / 1_000_000);
            long t0 = System.nanoTime();
            ImportReport r = s.importService().run(new JsonLinesReader(Files.newInputStream(jsonl),
                    ZoneId.of("UTC"), "bench"), Files.size(jsonl), jsonl.toString(), "jsonl", ImportProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (r.imported() != interactions) {
                throw new IllegalStateException("import stored " + r.imported() + " of " + interactions + ": "
                        + r.toText());
            }
            figures.add(Figure.lower("import_jsonl_" + interactions / 1000 + "k_seconds", seconds, "s",
                    60.0 * interactions / 1_000_000));
            figures.add(Figure.higher("import_jsonl_rate", interactions / seconds, "rows/s", 1_000_000 / 60.0));
            log.printf("imported in %.1f s; indexing words…%n", seconds);
            long t1 = System.nanoTime();
            s.importService().indexWords(ImportProgress.NONE);
            double indexSeconds = (System.nanoTime() - t1) / 1e9;
            figures.add(Figure.lower("word_index_after_import_seconds", indexSeconds, "s",
                    60.0 * interactions / 1_000_000));
            log.printf("words indexed in %.1f s; measuring lookups…%n", indexSeconds);

            CustomerService svc = s.customerService();
            List<Customer> sample = s.customers().sample(SAMPLES + WARMUP, 7);
            SplittableRandom rnd = new SplittableRandom(11);
            List<String> phones = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Customer c : sample) {
                if (!c.phones().isEmpty()) {
                    phones.add(written(c.phones().get(0).value(), rnd));
                }
                if (!c.emails().isEmpty()) {
                    emails.add(c.emails().get(0).raw());
                }
                names.add(nameQuery(c, rnd));
            }
            figures.addAll(latency("lookup_phone", phones, q -> svc.lookup(q, 12), 5));
            figures.addAll(latency("lookup_email", emails, q -> svc.lookup(q, 12), 5));
            figures.addAll(latency("lookup_name", names, q -> svc.lookup(q, 12), 5));

            List<String> ids = new ArrayList<>();
            sample.forEach(c -> ids.add(c.id()));
            figures.addAll(latency("timeline_first_page", ids,
                    id -> svc.timeline(TimelineQuery.firstPage(id, 50)), 10));
            String busiest = s.customers().busiest();
            long most = svc.history(busiest).orElseThrow().stats().contactsTotal();
            List<String> heavy = new ArrayList<>();
            for (int i = 0; i < SAMPLES + WARMUP; i++) {
                heavy.add(busiest);
            }
            List<Figure> heavyFigures = latency("timeline_first_page_busiest", heavy,
                    id -> svc.timeline(TimelineQuery.firstPage(id, 50)), 10);
            figures.addAll(heavyFigures);
            figures.add(Figure.higher("busiest_customer_contacts", most, "count", Math.min(20_000, interactions / 50)));
            figures.addAll(latency("history_header_busiest", heavy.subList(0, 800), id -> svc.history(id), 10));

            List<String> words = new ArrayList<>();
            for (int i = 0; i < SAMPLES + WARMUP; i++) {
                String w = WORDS[rnd.nextInt(WORDS.length)];
                words.add(rnd.nextInt(4) == 0 ? w + " " + WORDS[rnd.nextInt(WORDS.length)] : w);
            }
            figures.addAll(latency("fulltext_search", words, q -> svc.lookup(q, 12), 50));
        }
        if (childProcess) {
            log.println("measuring cold start and memory in a child process…");
            figures.addAll(new StartupProbe(data).measure(work, log));
        }
        return figures;
    }

    /** A phone number as people type it: international with spaces, 00-prefixed, or national with dashes. */
    static String written(String e164, SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return PhoneNumbers.pretty(e164);
            case 1:
                return "00" + e164.substring(1);
            default:
                return e164.startsWith("+48") ? e164.substring(3, 6) + "-" + e164.substring(6, 9) + "-"
                        + e164.substring(9) : e164;
        }
    }

    /** Part of the first name and the surname, in either order, sometimes without diacritics. */
    static String nameQuery(Customer c, SplittableRandom r) {
        String given = c.givenName() == null ? c.displayName() : c.givenName();
        String family = c.familyName() == null ? "" : c.familyName();
        String g = given.length() > 4 ? given.substring(0, 4) : given;
        String q = r.nextBoolean() ? g + " " + family : family + " " + g;
        return r.nextBoolean() ? io.rapport.text.Folding.fold(q) : q;
    }

    private static List<Figure> latency(String name, List<String> inputs, java.util.function.Consumer<String> op,
            double goalP99) {
        int warm = Math.min(WARMUP, inputs.size() / 4);
        for (int i = 0; i < warm; i++) {
            op.accept(inputs.get(i));
        }
        Timings t = new Timings();
        for (int i = warm; i < inputs.size(); i++) {
            String q = inputs.get(i);
            t.time(() -> op.accept(q));
        }
        return List.of(Figure.lower(name + "_p50", t.percentileMs(50), "ms", goalP99),
                Figure.lower(name + "_p95", t.percentileMs(95), "ms", goalP99),
                Figure.lower(name + "_p99", t.percentileMs(99), "ms", goalP99));
    }
}
