package io.rapport.template.coach;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.phrasebook.PackPhrases;
import io.rapport.phrasebook.PhrasebookPack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rule packs on fixed replies in all four languages, inflected forms included. */
class CoachTest {
    static Coach coach;

    @BeforeAll
    static void load() {
        RulePacks packs = RulePacks.load(null);
        assertThat(packs.problems()).isEmpty();
        coach = new Coach(packs.packs(), new PackPhrases(PhrasebookPack.loadBuiltIn()));
    }

    static Set<Element> present(CoachReport r) {
        return r.elements().stream().filter(f -> f.status() == CoachReport.Status.PRESENT).map(CoachReport.Finding::element)
                .collect(Collectors.toSet());
    }

    static Set<String> warnings(CoachReport r) {
        return r.warnings().stream().map(CoachReport.Flag::id).collect(Collectors.toSet());
    }

    static CoachContext named(String... names) {
        return new CoachContext(List.of(names), true, List.of());
    }

    @Test
    void aCaringPolishReplyHasEveryElement() {
        CoachReport r = coach.check("Pani Anno, rozumiem, jak bardzo irytujące jest czekanie na paczkę, i bardzo "
                + "przepraszam za opóźnienie. Przesyłka utknęła w sortowni, ponieważ kurier miał awarię samochodu. "
                + "Oznacza to, że dostawa przesunie się o dwa dni. Już zamówiłam dla Pani nowy kurs. Jutro do 12:00 "
                + "zadzwonię i potwierdzę godzinę dostawy.", null, named("Anna Nowak", "Pani Anno"));
        assertThat(r.language()).isEqualTo("pl");
        assertThat(present(r)).contains(Element.ACKNOWLEDGE, Element.APOLOGY, Element.CAUSE, Element.NEXT_STEP,
                Element.NAME);
    }

    @Test
    void polishInflectedFormsAreRecognised() {
        // przepraszamy / przeprosiny / przeprosić: the same apology in other forms
        for (String apology : new String[] {"Bardzo przepraszamy za kłopot.", "Proszę przyjąć nasze przeprosiny.",
            "Chciałabym Panią przeprosić za to zamieszanie."}) {
            CoachReport r = coach.check(apology, "pl", CoachContext.NONE);
            assertThat(present(r)).as(apology).contains(Element.APOLOGY);
        }
    }

    @Test
    void polishBlamingAndColdPhrasesAreFlagged() {
        CoachReport r = coach.check("Nie da się tego zrobić. To nie moja wina, trzeba było czytać regulamin.", "pl",
                CoachContext.NONE);
        assertThat(warnings(r)).isNotEmpty();
        assertThat(present(r)).doesNotContain(Element.APOLOGY, Element.ACKNOWLEDGE);
    }

    @Test
    void aCzechReplyWithInflectedFormsAndFormalAddress() {
        CoachReport r = coach.check("Dobrý den, pane Nováku, chápu, že Vás to zdržení mrzí, a velmi se omlouvám. "
                + "Zásilka uvízla v depu kvůli poruše vozu. Zítra do 10:00 Vám zavolám a potvrdím nový termín.",
                null, named("Petr Novák", "pane Nováku"));
        assertThat(r.language()).isEqualTo("cs");
        assertThat(present(r)).contains(Element.ACKNOWLEDGE, Element.APOLOGY, Element.CAUSE, Element.NEXT_STEP,
                Element.NAME);
        for (String apology : new String[] {"Omlouváme se za potíže.", "Přijměte prosím naši omluvu.",
            "Moc se Vám omlouvám."}) {
            assertThat(present(coach.check(apology, "cs", CoachContext.NONE))).as(apology).contains(Element.APOLOGY);
        }
        assertThat(warnings(coach.check("To není moje chyba, to musíte řešit s kurýrem.", "cs", CoachContext.NONE)))
                .isNotEmpty();
    }

    @Test
    void aGermanReplyAndABlamingOne() {
        CoachReport r = coach.check("Guten Tag Frau Schneider, ich verstehe Ihren Ärger und entschuldige mich für "
                + "die Verzögerung. Die Lieferung hat sich verspätet, weil unser Lager überlastet war. Ich rufe Sie "
                + "morgen bis 12 Uhr an und bestätige den neuen Termin.", null,
                named("Eva Schneider", "Frau Schneider"));
        assertThat(r.language()).isEqualTo("de");
        assertThat(present(r)).contains(Element.ACKNOWLEDGE, Element.APOLOGY, Element.CAUSE, Element.NEXT_STEP,
                Element.NAME);
        assertThat(warnings(coach.check("Das ist nicht mein Problem.", "de", CoachContext.NONE))).isNotEmpty();
    }

    @Test
    void anEnglishReplyAndItsGaps() {
        CoachReport good = coach.check("Dear Ms Taylor, I understand how frustrating this must be and I'm sorry. "
                + "The parcel was delayed because the courier's van broke down. I'll call you tomorrow by 10 am "
                + "with the new delivery slot.", "en", named("Emma Taylor", "Ms Taylor"));
        assertThat(present(good)).contains(Element.ACKNOWLEDGE, Element.APOLOGY, Element.CAUSE, Element.NEXT_STEP,
                Element.NAME);
        CoachReport curt = coach.check("As I already said, it's our policy. You should have read the terms.", "en",
                CoachContext.NONE);
        assertThat(warnings(curt)).contains("blame");
        assertThat(curt.finding(Element.APOLOGY).status()).isEqualTo(CoachReport.Status.MISSING);
        assertThat(curt.finding(Element.APOLOGY).suggestions()).as("a phrase is offered for the gap").isNotEmpty();
    }

    @Test
    void aNextStepWithoutATimeIsOnlyPartial() {
        CoachReport r = coach.check("I'll call you back.", "en", CoachContext.NONE);
        assertThat(r.finding(Element.NEXT_STEP).status()).isEqualTo(CoachReport.Status.PARTIAL);
    }

    @Test
    void shoutingAndWallsOfTextAreFlaggedAndOddTextDoesNotBreakTheCoach() {
        assertThat(warnings(coach.check("NIE DA SIĘ, TO NIE MOJA WINA.", null, CoachContext.NONE))).contains("caps");
        assertThat(warnings(coach.check("word ".repeat(400), "en", CoachContext.NONE))).contains("wall");
        String odd = "😀 e\u0301 שלום عليكم " + "x".repeat(100_000);
        assertThat(coach.check(odd, null, CoachContext.NONE).elements()).hasSize(Element.values().length);
    }

    @Test
    void aBrokenTrainersPackIsRefusedWithFileAndLineAndThePreviousStays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coach-pl.json"), "{\n  \"language\": \"pl\",\n  \"elements\": [\n    {\"id\": "
                + "\"apology\", \"patterns\": [\"(przeprasz*\"]}\n  ]\n}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("coach-cs.json"), "{ \"language\": \"cs\", \n\"elements\": [ oops ] }",
                StandardCharsets.UTF_8);
        RulePacks packs = RulePacks.load(dir);
        assertThat(packs.problems()).hasSize(2);
        assertThat(packs.problems().get(0)).contains("coach-pl.json").contains("line 4").contains("stays in force");
        assertThat(packs.problems().get(1)).contains("coach-cs.json").contains("line 2").contains("not valid JSON");
        Coach c = new Coach(packs.packs(), new PackPhrases(PhrasebookPack.loadBuiltIn()));
        assertThat(present(c.check("Bardzo przepraszamy.", "pl", CoachContext.NONE))).contains(Element.APOLOGY);
    }
}
