package io.rapport.demo;

import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.customer.Gender;
import io.rapport.customer.InteractionDraft;
import io.rapport.importer.ImportRecord;
import io.rapport.importer.Problem;
import io.rapport.importer.RecordReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Streams a generated contact-centre history: {@code customers} people with {@code interactions}
 * contacts in all, over the two years before {@code now}. Contacts follow stories from the demo
 * corpus (first contact, repeat contact, resolution), some left unresolved, and a few customers
 * get many more contacts than others, as in real queues. The same seed gives the same data.
 */
public final class DemoReader implements RecordReader {
    private static final Map<String, Locale> LOCALES = Map.of("pl", Locale.forLanguageTag("pl-PL"),
            "cs", Locale.forLanguageTag("cs-CZ"), "de", Locale.forLanguageTag("de-DE"),
            "en", Locale.forLanguageTag("en-GB"));
    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "pl", DateTimeFormatter.ofPattern("dd.MM.yyyy"), "cs", DateTimeFormatter.ofPattern("d. M. yyyy"),
            "de", DateTimeFormatter.ofPattern("dd.MM.yyyy"), "en", DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.UK));
    private static final long DAY = 86_400_000L;

    private final DemoTexts texts;
    private final DemoPeople people;
    private final SplittableRandom random;
    private final int[] counts;
    private final long now;
    private final ZoneId zone;
    private final String runId;
    private final Deque<ImportRecord> pending = new ArrayDeque<>();
    private int nextCustomer;
    private long emitted;
    private long line;

    DemoReader(DemoTexts texts, DemoPeople people, int customers, int interactions, long seed, Instant now,
            ZoneId zone) {
        this.texts = texts;
        this.people = people;
        this.random = new SplittableRandom(seed);
        this.counts = allocate(customers, interactions, new SplittableRandom(seed ^ 0x5DEECE66DL));
        this.now = now.toEpochMilli();
        this.zone = zone;
        this.runId = "demo-" + Long.toHexString(seed);
    }

    /**
     * Every customer gets at least one contact (when there are enough); the rest go mostly to a
     * few, and the first customer gets the most (2% of all, at most 20,000), like the regular
     * caller every team knows.
     */
    static int[] allocate(int customers, int interactions, SplittableRandom r) {
        int[] c = new int[Math.max(0, customers)];
        if (customers == 0) {
            return c;
        }
        int left = interactions;
        int heavy = Math.min(20_000, Math.max(1, interactions / 50));
        c[0] = Math.min(heavy, left);
        left -= c[0];
        for (int i = 1; i < customers && left > 0; i++) {
            c[i] = 1;
            left--;
        }
        while (left > 0) {
            int i = (int) (customers * Math.pow(r.nextDouble(), 2.0));
            c[Math.min(customers - 1, i)]++;
            left--;
        }
        return c;
    }

    /** How many interactions each customer will get (first is the heaviest). */
    int[] counts() {
        return Arrays.copyOf(counts, counts.length);
    }

    @Override
    public ImportRecord next(Consumer<Problem> problems) {
        while (pending.isEmpty()) {
            if (nextCustomer >= counts.length) {
                return null;
            }
            generateCustomer(nextCustomer++);
        }
        emitted++;
        return pending.poll();
    }

    private void generateCustomer(int index) {
        int n = counts[index];
        long twoYears = 730 * DAY;
        long since = now - twoYears - random.nextLong(3 * 365 * DAY);
        DemoPeople.Person p = people.next(random, index, Instant.ofEpochMilli(since));
        DemoTexts.Language lang = texts.language(p.language());
        if (n == 0) {
            return;
        }
        int made = 0;
        List<ImportRecord> out = new ArrayList<>(n);
        while (made < n) {
            DemoTexts.Thread t = lang.threads().get(random.nextInt(lang.threads().size()));
            int stages = t.stages().size();
            // one story in five stops early and stays open
            if (stages > 1 && random.nextInt(5) == 0) {
                stages = 1 + random.nextInt(stages - 1);
            }
            stages = Math.min(stages, n - made);
            // the story must be over before now: its stages take up to a week each
            long start = now - 7 * DAY * stages - random.nextLong(twoYears);
            if (random.nextInt(10) == 0) {
                // a tenth of the stories are going on right now: they end in the last few days
                start = now - random.nextLong(Math.max(DAY, 4 * DAY * stages));
            }
            String order = String.format("NV-%07d", random.nextInt(10_000_000));
            String ticket = String.format("T-%06d", random.nextInt(1_000_000));
            String amount = amount(p.language());
            long t0 = start;
            String agent = lang.agents().get(random.nextInt(lang.agents().size()));
            for (int s = 0; s < stages; s++) {
                DemoTexts.Stage st = t.stages().get(s);
                if (s > 0) {
                    t0 += DAY / 2 + random.nextLong(6 * DAY);
                    if (random.nextInt(3) == 0) {
                        agent = lang.agents().get(random.nextInt(lang.agents().size()));
                    }
                }
                long at = Math.min(t0, now - 600_000 - random.nextLong(8 * 3_600_000L));
                String date = DATES.get(p.language()).format(Instant.ofEpochMilli(at + 3 * DAY).atZone(zone));
                String raw = p.gender() == Gender.FEMALE ? st.textF() : st.textM();
                String body = fill(raw, order, amount, date, agentName(agent), p.fullName(), p.formal(), ticket);
                String subject = t.subject() == null ? null
                        : fill(t.subject(), order, amount, date, agentName(agent), p.fullName(), p.formal(), ticket);
                Channel ch = Channel.parse(st.channel()).orElse(Channel.PHONE);
                Direction dir = Direction.parse(st.direction()).orElse(Direction.INBOUND);
                Instant started = Instant.ofEpochMilli(at);
                Instant ended = ch == Channel.PHONE ? started.plus(Duration.ofSeconds(90 + random.nextInt(900)))
                        : ch == Channel.CHAT ? started.plus(Duration.ofSeconds(240 + random.nextInt(1200))) : null;
                boolean usesOrder = raw.contains("{order}") || (t.subject() != null && t.subject().contains("{order}"));
                line++;
                out.add(new ImportRecord(line, p.draft(), new InteractionDraft(ch, dir, started, ended,
                        dir == Direction.INBOUND && ch == Channel.EMAIL ? null : agent, subject, body, st.outcome(),
                        st.sentiment(), t.topic(), usesOrder ? order : null, "demo",
                        runId + "-" + index + "-" + made)));
                made++;
            }
        }
        out.sort((a, b) -> a.interaction().startedAt().compareTo(b.interaction().startedAt()));
        pending.addAll(out);
    }

    private String amount(String lang) {
        switch (lang) {
            case "pl":
                return String.format(LOCALES.get("pl"), "%,.2f zł", 19.99 + random.nextInt(2500));
            case "cs":
                return String.format(LOCALES.get("cs"), "%,d Kč", 199 + random.nextInt(25_000));
            case "de":
                return String.format(LOCALES.get("de"), "%,.2f €", 9.90 + random.nextInt(600));
            default:
                return String.format(LOCALES.get("en"), "£%,.2f", 9.99 + random.nextInt(600));
        }
    }

    private static String agentName(String login) {
        String first = login.contains(".") ? login.substring(0, login.indexOf('.')) : login;
        return first.isEmpty() ? login : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    private static String fill(String s, String order, String amount, String date, String agent, String name,
            String formal, String ticket) {
        return s.replace("{order}", order).replace("{amount}", amount).replace("{date}", date)
                .replace("{agent}", agent).replace("{name}", name).replace("{formal}", formal)
                .replace("{ticket}", ticket);
    }

    @Override
    public long position() {
        return emitted;
    }

    @Override
    public void close() {
    }
}
