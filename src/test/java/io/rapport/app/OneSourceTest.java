package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Gender;
import io.rapport.phrasebook.ConceptEntry;
import io.rapport.phrasebook.Phrase;
import io.rapport.phrasebook.Register;
import io.rapport.support.TestStores;
import io.rapport.template.ReplyComposerViewModel;
import io.rapport.template.Template;
import io.rapport.template.coach.CoachContext;
import io.rapport.template.coach.Element;
import io.rapport.ui.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phrase edited once in the phrasebook is what templates and the coach's suggestions say next. */
class OneSourceTest {
    @TempDir
    Path dir;

    @Test
    void anEditedPhraseReachesTemplatesAndCoachSuggestions() {
        try (AppServices s = TestStores.open(dir)) {
            s.phrasebook().seedBuiltIn();
            s.templates().seedStarterPack();
            var coach = s.coach();
            String id = s.customers().insert(new CustomerDraft("Anna Nowak", "Anna", "Nowak", Gender.FEMALE,
                    "Pani Anno", "pl", Set.of(), List.of("+48 601 234 567"), List.of(), null, Map.of(), null, null));
            ReplyComposerViewModel vm = new ReplyComposerViewModel(new CurrentThreadTaskExecutor(), Clock.systemUTC());
            vm.phrases(coach.phrases());
            vm.ready(s.templates(), null, "en", "Anna", "Nordvik");
            vm.customerProperty().set(s.customerService().history(id).orElseThrow());
            Template block = s.templates().all().stream().filter(t -> "getintouch".equals(t.shortcut())).findFirst()
                    .orElseThrow();
            assertThat(vm.render(block).text()).startsWith("Gdyby coś jeszcze się pojawiło").contains("Anna")
                    .doesNotContain("{phrase:");

            edit(s, "closing-get-in-touch", "W razie pytań zapraszam do kontaktu – jesteśmy do dyspozycji.");
            edit(s, "apology-inconvenience", "Najmocniej przepraszam za kłopot.");

            assertThat(vm.render(block).text()).startsWith("W razie pytań zapraszam do kontaktu");
            var report = coach.check("Paczka nie dotarła.", "pl", new CoachContext(List.of(), true, List.of()));
            assertThat(report.finding(Element.APOLOGY).suggestions()).extracting(x -> x.text())
                    .contains("Najmocniej przepraszam za kłopot.");
        }
    }

    private static void edit(AppServices s, String conceptId, String polish) {
        ConceptEntry e = s.phrasebook().all().stream().filter(x -> x.concept().id().equals(conceptId)).findFirst()
                .orElseThrow();
        List<Phrase> phrases = new ArrayList<>();
        for (Phrase p : e.phrases()) {
            phrases.add(p.language().equals("pl") && p.register() == Register.FORMAL
                    ? new Phrase(p.id(), p.conceptId(), p.language(), polish, p.register(), p.gender(), p.pronunciation(),
                            p.note())
                    : p);
        }
        s.phrasebook().save(new ConceptEntry(e.concept(), phrases));
    }
}
