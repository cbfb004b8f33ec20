package io.rapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePickerTest {
    static Template t(String slug, String shortcut, String title, String body) {
        return new Template(slug, slug, shortcut, "delay", List.of("delivery"),
                Map.of("pl", new TemplateVariant("pl", title, body, 1, false, null, null, null)));
    }

    final TemplatePicker picker = new TemplatePicker(List.of(
            t("late", "late", "Opóźniona dostawa – przeprosiny", "Przepraszamy za opóźnienie zamówienia."),
            t("refund", "zwrot", "Zwrot pieniędzy", "Pieniądze wrócą na konto."),
            t("outage", "awaria", "Awaria światłowodu", "Technicy już naprawiają łącze.")));

    @Test
    void shortcutsFirstThenTitlesThenBodiesWithoutDiacritics() {
        assertThat(picker.filter("late", 5).get(0).template().slug()).isEqualTo("late");
        assertThat(picker.filter("opozn", 5).get(0).template().slug()).isEqualTo("late");
        assertThat(picker.filter("swiatlow", 5)).extracting(m -> m.template().slug()).containsExactly("outage");
        assertThat(picker.filter("pieniadze konto", 5)).extracting(m -> m.template().slug()).containsExactly("refund");
        assertThat(picker.filter("awa", 5).get(0).template().slug()).isEqualTo("outage");
        assertThat(picker.filter("xyzzy", 5)).isEmpty();
        assertThat(picker.filter("", 5)).hasSize(3);
    }

    @Test
    void lettersInOrderFindAbbreviations() {
        assertThat(picker.filter("awr", 5)).extracting(m -> m.template().slug()).contains("outage");
    }
}
