package io.rapport.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateStoreTest {
    @TempDir
    Path dir;
    AppServices s;

    @BeforeEach
    void open() {
        s = TestStores.open(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    static TemplateEdit edit(String id, String en, String pl) {
        Map<String, TemplateEdit.Text> v = new LinkedHashMap<>();
        v.put("en", new TemplateEdit.Text("Late delivery", en));
        v.put("pl", new TemplateEdit.Text("Opóźniona dostawa", pl));
        return new TemplateEdit(id, "late", "late", "delay", List.of("delivery"), v);
    }

    @Test
    void changingOneLanguageMarksTheOthersUntilConfirmedAndVersionsAreKept() {
        String id = s.templates().save(edit(null, "Sorry, {customerName}.", "Przepraszamy, {customerName}."));
        Template t = s.templates().all().get(0);
        assertThat(t.variants()).containsOnlyKeys("en", "pl");
        assertThat(t.variants().values()).noneMatch(TemplateVariant::needsReview);

        s.templates().save(edit(id, "We are sorry, {customerName}.", "Przepraszamy, {customerName}."));
        t = s.templates().all().get(0);
        assertThat(t.variants().get("en").version()).isEqualTo(2);
        assertThat(t.variants().get("pl").needsReview()).isTrue();
        assertThat(t.variants().get("pl").reviewReason()).isEqualTo("en");
        assertThat(t.variants().get("en").needsReview()).isFalse();

        s.templates().confirm(id, "pl");
        assertThat(s.templates().all().get(0).variants().get("pl").needsReview()).isFalse();
        assertThat(s.templates().versions(id, "en")).extracting(TemplateVersion::body)
                .containsExactly("We are sorry, {customerName}.", "Sorry, {customerName}.");
    }

    @Test
    void brokenSyntaxCannotBeSavedAndSaysWhere() {
        assertThatThrownBy(() -> s.templates().save(edit(null, "Sorry {customerName", "Przepraszamy.")))
                .isInstanceOf(TemplateException.class).hasMessageStartingWith("en, position")
                .satisfies(e -> assertThat(((TemplateException) e).language()).isEqualTo("en"));
        assertThat(s.templates().all()).isEmpty();
    }

    @Test
    void packsRoundTripAndABrokenPackImportsNothing() {
        assertThat(s.templates().seedStarterPack()).isGreaterThanOrEqualTo(40);
        List<Template> before = s.templates().all();
        String pack = s.templates().exportPack();
        try (AppServices other = TestStores.open(dir.resolve("other"))) {
            assertThat(other.templates().importPack(pack)).isEqualTo(before.size());
            List<Template> after = other.templates().all();
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).slug()).isEqualTo(before.get(i).slug());
                assertThat(after.get(i).variants().get("cs").body()).isEqualTo(before.get(i).variants().get("cs").body());
            }
            String broken = pack.replaceFirst("\\{formalAddress\\}", "{formalAddress");
            assertThat(broken).isNotEqualTo(pack);
            assertThatThrownBy(() -> other.templates().importPack(broken)).hasMessageContaining("template ")
                    .hasMessageContaining("position");
            assertThatThrownBy(() -> other.templates().importPack("{not json")).hasMessageContaining("line 1");
        }
    }

    @Test
    void theStarterPackCoversEveryCategoryInFourLanguagesAndParses() {
        s.templates().seedStarterPack();
        List<Template> all = s.templates().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).allSatisfy(t -> assertThat(t.variants()).containsKeys("en", "pl", "cs", "de"));
        assertThat(all).extracting(Template::category).contains("apology", "delay", "refund", "return", "billing",
                "cancellation", "outage", "escalation", "follow-up", "closing");
        for (Template t : all) {
            for (TemplateVariant v : t.variants().values()) {
                assertThat(TemplateSyntax.check(v.body())).as(t.slug() + " " + v.language()).isEmpty();
            }
        }
        assertThat(s.templates().seedStarterPack()).as("seeds only an empty store").isZero();
    }

    @Test
    void usageIsCountedPerTemplateAndAgent() {
        String id = s.templates().save(edit(null, "Sorry.", "Przepraszamy."));
        s.templates().recordUsage(id, "en", "c1", 100, 120, 20);
        s.templates().recordUsage(id, "pl", "c2", 100, 100, 0);
        TemplateUsage u = s.templates().usage().get(0);
        assertThat(u.uses()).isEqualTo(2);
        assertThat(u.agents()).isEqualTo(1);
        assertThat(u.averageEditShare()).isEqualTo(0.1);
    }
}
