package io.rapport.bench;

import io.rapport.app.AppServices;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Gender;
import io.rapport.template.ReplyComposerViewModel;
import io.rapport.template.Template;
import io.rapport.template.TemplateEdit;
import io.rapport.template.TemplateService;
import io.rapport.template.TemplateUsage;
import io.rapport.template.TemplateVariant;
import io.rapport.template.TemplateVersion;
import io.rapport.ui.CurrentThreadTaskExecutor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The template picker as the agent types "::" and letters: 1,000 templates (the starter pack's
 * 47 in four languages, varied), filtered and the preview rendered for a Polish customer through
 * the composer's view-model, one keystroke at a time.
 */
final class PickerBench {
    static final int TEMPLATES = 1_000;

    private PickerBench() {
    }

    static List<Figure> run(Path work, PrintStream log) {
        List<Template> templates;
        CustomerHistory customer;
        try (AppServices s = AppServices.open(work.resolve("picker"))) {
            s.templates().seedStarterPack();
            templates = vary(s.templates().all(), TEMPLATES);
            String id = s.customers().insert(new CustomerDraft("Zdzisława Wróblewska", "Zdzisława", "Wróblewska",
                    Gender.FEMALE, "Pani Zdzisławo", "pl", Set.of(), List.of("+48 601 234 567"), List.of(), null,
                    Map.of(), null, null));
            customer = s.customerService().history(id).orElseThrow();
        }
        ReplyComposerViewModel vm = new ReplyComposerViewModel(new CurrentThreadTaskExecutor(), Clock.systemUTC());
        vm.ready(new Loaded(templates), null, "en", "Anna", "Nordvik");
        vm.customerProperty().set(customer);
        String[] words = {"opozn", "zwrot", "faktur", "przepr", "reklam", "awaria", "kurier", "delay", "refund",
            "omluv", "vraceni", "entschuld", "rechnung", "lieferung", "late", "cancel", "zaplat", "dorucen"};
        SplittableRandom r = new SplittableRandom(3);
        Timings t = new Timings();
        for (int i = 0; i < 800; i++) {
            String w = words[r.nextInt(words.length)];
            for (int k = 0; k <= w.length(); k++) {
                String q = w.substring(0, k);
                if (i < 100) {
                    vm.openPicker(q);
                } else {
                    t.time(() -> vm.openPicker(q));
                }
            }
            vm.closePicker();
        }
        log.printf("  picker: %,d templates, %,d keystrokes measured%n", templates.size(), t.count());
        return List.of(Figure.lower("picker_1000_templates_per_keystroke_p50", t.percentileMs(50), "ms", 16),
                Figure.lower("picker_1000_templates_per_keystroke_p99", t.percentileMs(99), "ms", 16));
    }

    /** {@code n} templates made from {@code base} with other titles, shortcuts and a sentence more. */
    private static List<Template> vary(List<Template> base, int n) {
        List<Template> out = new ArrayList<>(base);
        String[] extra = {" (VIP)", " – wersja krótka", " – e-mail", " – chat", " – druga prośba", " – Firma"};
        for (int i = 0; out.size() < n; i++) {
            Template b = base.get(i % base.size());
            String suffix = extra[i % extra.length] + " " + (i / base.size() + 1);
            Map<String, TemplateVariant> variants = new LinkedHashMap<>();
            b.variants().forEach((lang, v) -> variants.put(lang, new TemplateVariant(lang, v.title() + suffix,
                    v.body() + "\n\n" + suffix.strip(), v.version(), false, null, v.updatedBy(), v.updatedAt())));
            out.add(new Template(b.id() + "-" + i, b.slug() + "-" + i, b.shortcut() == null ? null
                    : b.shortcut() + i, b.category(), b.tags(), variants));
        }
        return out;
    }

    /** The templates as the composer holds them after loading them from the store once. */
    private record Loaded(List<Template> list) implements TemplateService {
        @Override
        public List<Template> all() {
            return list;
        }

        @Override
        public String save(TemplateEdit edit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void confirm(String templateId, String language) {
        }

        @Override
        public void delete(String templateId) {
        }

        @Override
        public List<TemplateVersion> versions(String templateId, String language) {
            return List.of();
        }

        @Override
        public List<TemplateUsage> usage() {
            return List.of();
        }

        @Override
        public void recordUsage(String templateId, String language, String customerId, int insertedChars,
                Integer finalChars, Integer editDistance) {
        }

        @Override
        public String exportPack() {
            return "";
        }

        @Override
        public int importPack(String json) {
            return 0;
        }
    }
}
