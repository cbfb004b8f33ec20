package io.rapport.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.customer.Gender;
import io.rapport.support.Fixtures;
import io.rapport.support.TestStores;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasebookTest {
    @TempDir
    Path dir;
    AppServices s;
    LocalPhrasebookService pb;

    @BeforeEach
    void open() {
        s = TestStores.open(dir.resolve("data"));
        pb = s.phrasebook();
    }

    @AfterEach
    void close() {
        s.close();
    }

    static Phrase p(String lang, String text, Register r, Gender g) {
        return new Phrase(null, "x", lang, text, r, g, Map.of(), Map.of());
    }

    static ConceptEntry entry(String id, String title, Phrase... phrases) {
        List<Phrase> list = new java.util.ArrayList<>();
        for (Phrase ph : phrases) {
            list.add(new Phrase(null, id, ph.language(), ph.text(), ph.register(), ph.gender(), ph.pronunciation(),
                    ph.note()));
        }
        return new ConceptEntry(new Concept(id, "hold", List.of(), Map.of("en", title), Map.of(), List.of()), list);
    }

    @ParameterizedTest
    @CsvSource({"zaplacilem, Złożyłem zamówienie i zapłaciłem kartą.", "zolty, Żółty kabel jest uszkodzony.",
        "swiatlowod, Światłowód nie działa.", "pristi, Příští týden přijede technik.",
        "kun, Kůň a řeka.", "vecer, Dobrý večer, přeji hezký den.", "strasse, Wie lautet Ihre Straße?",
        "aendern, Ich kann das gern ändern.", "andern, Ich kann das gern ändern.", "mozete, Môžete chvíľku počkať?",
        "chvilku, Môžete chvíľku počkať?", "lutujem, Ľutujem, že to trvalo tak dlho."})
    void searchIgnoresDiacriticsInEveryLanguage(String query, String phrase) {
        PhraseIndex idx = new PhraseIndex(List.of(entry("c1", "One", p("pl", "Dzień dobry", Register.FORMAL, null)),
                entry("c2", "Two", p("sk", phrase, Register.FORMAL, null))));
        String q = "aendern".equals(query) ? "ander" : query;
        assertThat(idx.search(q, null, 10)).extracting(e -> e.concept().id()).containsExactly("c2");
    }

    @Test
    void theRightRegisterAndGenderAreShown() {
        ConceptEntry e = entry("hold", "Ask to hold",
                p("pl", "Czy może Pani chwilę poczekać?", Register.FORMAL, Gender.FEMALE),
                p("pl", "Czy może Pan chwilę poczekać?", Register.FORMAL, Gender.MALE),
                p("pl", "Możesz chwilkę poczekać?", Register.INFORMAL, null),
                p("de", "Könnten Sie kurz warten?", Register.FORMAL, null),
                p("de", "Kannst du kurz warten?", Register.INFORMAL, null));
        assertThat(e.best("pl", Register.FORMAL, Gender.FEMALE).text()).contains("Pani");
        assertThat(e.best("pl", Register.FORMAL, Gender.MALE).text()).contains("Pan ");
        assertThat(e.best("pl", Register.INFORMAL, Gender.MALE).text()).startsWith("Możesz");
        assertThat(e.best("de", Register.FORMAL, Gender.MALE).text()).contains("Sie");
        assertThat(e.best("de", Register.INFORMAL, Gender.FEMALE).text()).contains("du");
        assertThat(e.best("cs", Register.FORMAL, null)).isNull();
    }

    @Test
    void theShippedPhrasebookHasEverythingTheIssueAsksFor() {
        assertThat(pb.seedBuiltIn()).isGreaterThanOrEqualTo(150);
        List<ConceptEntry> all = pb.all();
        for (ConceptEntry e : all) {
            assertThat(e.languages()).as(e.concept().id()).contains("en", "pl", "cs", "de");
        }
        assertThat(all.stream().filter(e -> e.languages().contains("uk") && e.languages().contains("sk")).count())
                .isGreaterThanOrEqualTo(150);
        assertThat(all).extracting(e -> e.concept().category()).contains("greeting", "identification", "hold",
                "apology", "explanation", "payment", "delivery", "returns", "technical", "escalation", "closing");
    }

    @Test
    void aHandwrittenTmxImportsAndRoundTrips() throws Exception {
        pb.seedBuiltIn();
        PhrasebookFiles.ImportResult r = pb.importFile(Fixtures.copy("handwritten.tmx", dir));
        assertThat(r.segments()).isEqualTo(11);
        assertThat(r.problems()).anySatisfy(x -> assertThat(x).contains("\"fr\"").contains("line 29"))
                .anySatisfy(x -> assertThat(x).contains("one language only"));
        ConceptEntry hold = pb.all().stream().filter(e -> e.concept().id().equals("hold-ask")).findFirst().orElseThrow();
        assertThat(hold.best("de", Register.FORMAL, null).text()).isEqualTo("Könnten Sie bitte kurz warten?");
        assertThat(hold.best("de", Register.FORMAL, null).pronunciation()).containsEntry("en",
                "KÖN-ten zee BIT-uh KOORTS VAR-ten");
        assertThat(hold.best("cs", Register.FORMAL, Gender.MALE).text()).isEqualTo("Mohl byste chvilku počkat?");
        ConceptEntry street = pb.all().stream().filter(e -> e.concept().id().equals("street-spell")).findFirst()
                .orElseThrow();
        assertThat(street.best("de", Register.FORMAL, null).text()).isEqualTo(
                "Könnten Sie mir die <b>Straße</b> buchstabieren?");
        assertThat(street.concept().category()).isEqualTo("identification");

        Path out = dir.resolve("out.tmx");
        int n = pb.exportFile(out);
        assertThat(Files.readString(out)).contains("<tmx version=\"1.4\">").contains("tuid=\"hold-ask#formal/female\"");
        try (AppServices other = TestStores.open(dir.resolve("other"))) {
            other.phrasebook().importFile(out);
            List<ConceptEntry> a = pb.all();
            List<ConceptEntry> b = other.phrasebook().all();
            assertThat(b).hasSize(n);
            for (int i = 0; i < a.size(); i++) {
                assertThat(texts(b.get(i))).as(a.get(i).concept().id()).isEqualTo(texts(a.get(i)));
            }
        }
    }

    private static java.util.Set<String> texts(ConceptEntry e) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        e.phrases().forEach(p -> out.add(p.language() + "|" + p.register() + "|" + p.gender() + "|" + p.text()));
        return out;
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsStored() throws Exception {
        pb.seedBuiltIn();
        int before = pb.all().size();
        assertThatThrownBy(() -> pb.importFile(Fixtures.copy("xxe.tmx", dir))).isInstanceOf(PhrasebookException.class)
                .hasMessageContaining("DTD");
        assertThat(pb.all()).hasSize(before);
        assertThat(pb.all().toString()).doesNotContain("root:");
    }

    @Test
    void invalidXmlAndBrokenCsvSayWhereAndStoreNothing() throws Exception {
        pb.seedBuiltIn();
        List<ConceptEntry> before = pb.all();
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<tmx version=\"1.4\"><body><tu tuid=\"a#formal\"><tuv xml:lang=\"en\"><seg>x</tuv>");
        assertThatThrownBy(() -> pb.importFile(bad)).hasMessageContaining("not valid XML").hasMessageContaining("line 1");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "concept,category,language,register,gender,text\n"
                + "hold-ask,hold,en,formal,,\"Hold on\n\"broken,quote\n");
        assertThatThrownBy(() -> pb.importFile(csv)).hasMessageContaining("CSV");
        Path notTmx = dir.resolve("x.tmx");
        Files.writeString(notTmx, "<html><body>hello</body></html>");
        assertThatThrownBy(() -> pb.importFile(notTmx)).hasMessageContaining("not a TMX");
        assertThat(texts(pb.all().get(0))).isEqualTo(texts(before.get(0)));
    }

    @Test
    void csvRoundTripsAndUnknownLanguagesAreReported() throws Exception {
        pb.seedBuiltIn();
        StringWriter w = new StringWriter();
        PhrasebookFiles.writeCsv(pb.all(), w);
        String csv = w.toString() + "hold-ask,hold,fr,formal,,Un instant s'il vous plaît,,,,,\n";
        PhrasebookFiles.ImportResult r = PhrasebookFiles.readCsv(new StringReader(csv), pb.all());
        assertThat(r.problems()).singleElement().asString().contains("\"fr\"");
        assertThat(r.entries()).hasSize(pb.all().size());
        Path file = dir.resolve("pb.csv");
        pb.exportFile(file);
        try (AppServices other = TestStores.open(dir.resolve("other-csv"))) {
            other.phrasebook().importFile(file);
            List<ConceptEntry> a = pb.all();
            List<ConceptEntry> b = other.phrasebook().all();
            assertThat(b).hasSize(a.size());
            for (int i = 0; i < a.size(); i++) {
                assertThat(texts(b.get(i))).as(a.get(i).concept().id()).isEqualTo(texts(a.get(i)));
            }
        }
    }

    @Test
    void editingChecksAndMarksOtherLanguages() {
        pb.seedBuiltIn();
        ConceptEntry hold = pb.all().stream().filter(e -> e.concept().id().equals("hold-ask")).findFirst().orElseThrow();
        List<Phrase> changed = new java.util.ArrayList<>();
        for (Phrase ph : hold.phrases()) {
            changed.add("en".equals(ph.language()) ? new Phrase(ph.id(), ph.conceptId(), "en", ph.text() + " Thanks.",
                    ph.register(), ph.gender(), ph.pronunciation(), ph.note()) : ph);
        }
        pb.save(new ConceptEntry(hold.concept(), changed));
        assertThat(pb.needingReview()).isNotEmpty();
        pb.confirm("hold-ask", "pl");
        List<Phrase> empty = new java.util.ArrayList<>(changed);
        empty.set(0, new Phrase(empty.get(0).id(), "hold-ask", empty.get(0).language(), " ", Register.FORMAL, null,
                Map.of(), Map.of()));
        assertThatThrownBy(() -> pb.save(new ConceptEntry(hold.concept(), empty))).hasMessageContaining("empty");
        ConceptEntry other = pb.all().get(5);
        ConceptEntry dup = new ConceptEntry(new Concept(other.concept().id(), other.concept().category(), List.of(),
                hold.concept().title(), Map.of(), List.of()), other.phrases());
        assertThatThrownBy(() -> pb.save(dup)).hasMessageContaining("already exists");
    }

    @Test
    void favouritesArePerAgentAndToggle() {
        pb.seedBuiltIn();
        assertThat(pb.toggleFavourite("hold-ask")).isTrue();
        assertThat(pb.favourites()).containsExactly("hold-ask");
        assertThat(pb.toggleFavourite("hold-ask")).isFalse();
        assertThat(pb.favourites()).isEmpty();
    }
}
