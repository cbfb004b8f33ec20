package io.rapport.bench;

import io.rapport.app.AppServices;
import io.rapport.phrasebook.Concept;
import io.rapport.phrasebook.ConceptEntry;
import io.rapport.phrasebook.Phrase;
import io.rapport.phrasebook.PhrasebookFiles;
import io.rapport.phrasebook.PhrasebookPack;
import io.rapport.phrasebook.PhrasebookService;
import io.rapport.phrasebook.PhrasebookViewModel;
import io.rapport.ui.CurrentThreadTaskExecutor;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Phrasebook search as the agent types, over 10,000 concepts in six languages (through the
 * view-model the window uses), and importing a TMX file of 60,000 segments into the store.
 */
public final class PhrasebookBench implements BenchArea {
    private static final int CONCEPTS = 10_000;
    private int segments;

    @Override
    public String name() {
        return "phrasebook";
    }

    @Override
    public String dataset() {
        return String.format("%,d concepts in en, pl, cs, de, sk, uk built from the shipped phrasebook with generated "
                + "variations; searches typed letter by letter; TMX export of them (%,d segments) imported into an "
                + "empty store", CONCEPTS, segments);
    }

    @Override
    public List<Figure> run(Path work, PrintStream log) throws Exception {
        List<ConceptEntry> big = generate();
        List<Figure> figures = new ArrayList<>();

        PhrasebookViewModel vm = new PhrasebookViewModel(new CurrentThreadTaskExecutor());
        vm.ready(new MemoryService(big), "en");
        vm.customerLanguageProperty().set("pl");
        SplittableRandom r = new SplittableRandom(5);
        List<String> words = new ArrayList<>();
        for (ConceptEntry e : big.subList(0, 200)) {
            for (Phrase p : e.phrases()) {
                for (String w : p.text().split("[^\\p{L}]+")) {
                    if (w.length() >= 4) {
                        words.add(w);
                    }
                }
            }
        }
        Timings t = new Timings();
        int typed = 0;
        for (int i = 0; i < 600; i++) {
            String word = words.get(r.nextInt(words.size()));
            for (int k = 1; k <= Math.min(7, word.length()); k++) {
                String q = (r.nextInt(5) == 0 ? io.rapport.text.Folding.fold(word) : word).substring(0, k);
                if (i < 100) {
                    vm.queryProperty().set(q);
                } else {
                    t.time(() -> vm.queryProperty().set(q));
                    typed++;
                }
            }
            vm.queryProperty().set("");
        }
        log.printf("  %,d keystrokes measured%n", typed);
        figures.add(Figure.lower("search_per_keystroke_p50", t.percentileMs(50), "ms", 10));
        figures.add(Figure.lower("search_per_keystroke_p99", t.percentileMs(99), "ms", 10));

        // a file of (just over) 60,000 segments, as the goal is stated
        Path tmx = work.resolve("big.tmx");
        int take = 4000;
        while (true) {
            try (Writer w = Files.newBufferedWriter(tmx, StandardCharsets.UTF_8)) {
                PhrasebookFiles.writeTmx(big.subList(0, take), w);
            }
            segments = countSegments(tmx);
            if (segments >= 60_000 || take >= big.size()) {
                break;
            }
            take = Math.min(big.size(), (int) (take * 60_500L / Math.max(1, segments)) + 1);
        }
        try (AppServices s = AppServices.open(work.resolve("store"))) {
            long t0 = System.nanoTime();
            PhrasebookFiles.ImportResult res = s.phrasebook().importFile(tmx);
            double secs = (System.nanoTime() - t0) / 1e9;
            figures.add(Figure.higher("tmx_segments", res.segments(), "count", 60_000));
            figures.add(Figure.lower("tmx_import_seconds", secs, "s", 5));
            log.printf("  imported %,d segments in %.2f s%n", res.segments(), secs);
        }
        return figures;
    }

    private static int countSegments(Path tmx) throws java.io.IOException {
        try (var lines = Files.lines(tmx, StandardCharsets.UTF_8)) {
            return (int) lines.mapToLong(l -> {
                int n = 0;
                int at = 0;
                while ((at = l.indexOf("<seg>", at)) >= 0) {
                    n++;
                    at += 5;
                }
                return n;
            }).sum();
        }
    }

    /** The shipped concepts, repeated with a generated word in every phrase so each concept is distinct. */
    static List<ConceptEntry> generate() {
        PhrasebookPack pack = PhrasebookPack.loadBuiltIn();
        List<Concept> base = pack.concepts();
        SplittableRandom r = new SplittableRandom(1);
        String[] syl = {"ka", "lo", "mi", "re", "su", "to", "va", "ze", "no", "pi", "dra", "sko", "ber", "lin", "mor"};
        List<ConceptEntry> out = new ArrayList<>();
        for (int n = 0; n < CONCEPTS; n++) {
            Concept c = base.get(n % base.size());
            String word = syl[r.nextInt(syl.length)] + syl[r.nextInt(syl.length)] + syl[r.nextInt(syl.length)];
            String id = c.id() + "-" + n;
            String suffix = " " + word + " " + n;
            Map<String, String> title = new LinkedHashMap<>();
            c.title().forEach((k, v) -> title.put(k, v + suffix));
            List<Phrase> phrases = new ArrayList<>();
            for (Phrase p : pack.phrases(c.id())) {
                phrases.add(new Phrase(null, id, p.language(), p.text() + " " + word, p.register(), p.gender(),
                        p.pronunciation(), p.note()));
            }
            out.add(new ConceptEntry(new Concept(id, c.category(), c.tags(), title, c.note(), c.slots()), phrases));
        }
        return out;
    }

    /** The generated phrasebook served from memory, so the search measures the search. */
    private record MemoryService(List<ConceptEntry> entries) implements PhrasebookService {
        @Override
        public List<ConceptEntry> all() {
            return entries;
        }

        @Override
        public void save(ConceptEntry entry) {
        }

        @Override
        public void confirm(String conceptId, String language) {
        }

        @Override
        public void delete(String conceptId) {
        }

        @Override
        public Set<String> favourites() {
            return Set.of();
        }

        @Override
        public boolean toggleFavourite(String conceptId) {
            return false;
        }

        @Override
        public Set<String> needingReview() {
            return Set.of();
        }

        @Override
        public PhrasebookFiles.ImportResult importFile(Path file) {
            return null;
        }

        @Override
        public int exportFile(Path file) {
            return 0;
        }
    }
}
