package io.rapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRendererTest {
    static final String PL = "{gender, select, female{Szanowna {formalAddress}} male{Szanowny {formalAddress}} "
            + "other{Dzień dobry}}, zwrot otrzyma {gender, select, female{Pani} male{Pan} other{Pan/Pani}} w ciągu "
            + "{days, plural, one{# dnia roboczego} few{# dni roboczych} many{# dni roboczych} other{# dnia roboczego}}.";
    static final String CS = "{gender, select, female{Vážená {formalAddress}} male{Vážený {formalAddress}} "
            + "other{Dobrý den}}, peníze vám vrátíme do {days, plural, one{# pracovního dne} few{# pracovních dnů} "
            + "many{# pracovního dne} other{# pracovních dnů}}.";

    static Map<String, Object> values(String gender, String formal, Object days) {
        Map<String, Object> v = new HashMap<>();
        v.put("gender", gender);
        v.put("formalAddress", formal);
        if (days != null) {
            v.put("days", days);
        }
        return v;
    }

    @ParameterizedTest
    @CsvSource({"1, 1 dnia roboczego", "2, 2 dni roboczych", "5, 5 dni roboczych", "22, 22 dni roboczych",
        "25, 25 dni roboczych"})
    void polishPluralsAndPaniPan(int days, String expected) {
        String f = TemplateRenderer.render(PL, "pl", values("female", "Pani Zdzisławo", days)).text();
        assertThat(f).startsWith("Szanowna Pani Zdzisławo, zwrot otrzyma Pani w ciągu ").endsWith(expected + ".");
        String m = TemplateRenderer.render(PL, "pl", values("male", "Panie Tomaszu", days)).text();
        assertThat(m).startsWith("Szanowny Panie Tomaszu, zwrot otrzyma Pan w ciągu ");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 pracovního dne", "2, 2 pracovních dnů", "5, 5 pracovních dnů", "22, 22 pracovních dnů",
        "25, 25 pracovních dnů"})
    void czechPluralsAndPaniPane(int days, String expected) {
        assertThat(TemplateRenderer.render(CS, "cs", values("female", "paní Nováková", days)).text())
                .isEqualTo("Vážená paní Nováková, peníze vám vrátíme do " + expected + ".");
        assertThat(TemplateRenderer.render(CS, "cs", values("male", "pane Nováku", days)).text())
                .startsWith("Vážený pane Nováku, ");
    }

    @Test
    void czechFewFormsAreUsedForTwoToFour() {
        String body = "{days, plural, one{# den} few{# dny} many{# dne} other{# dní}}";
        assertThat(TemplateRenderer.render(body, "cs", Map.of("days", 1)).text()).isEqualTo("1 den");
        assertThat(TemplateRenderer.render(body, "cs", Map.of("days", 3)).text()).isEqualTo("3 dny");
        assertThat(TemplateRenderer.render(body, "cs", Map.of("days", 5)).text()).isEqualTo("5 dní");
        assertThat(TemplateRenderer.render(body, "cs", Map.of("days", 25)).text()).isEqualTo("25 dní");
    }

    @Test
    void whatTheStoreDoesNotKnowBecomesAField() {
        TemplateRenderer.Result r = TemplateRenderer.render(PL, "pl", values("female", "Pani Zdzisławo", null));
        assertThat(r.text()).contains("w ciągu ⟦days⟧ dnia roboczego");
        assertThat(r.missing()).containsExactly("days");
        TemplateRenderer.Result order = TemplateRenderer.render("Zamówienie {orderNumber} z {date}.", "pl", Map.of());
        assertThat(order.text()).isEqualTo("Zamówienie ⟦orderNumber⟧ z ⟦date⟧.");
        assertThat(order.missing()).containsExactly("orderNumber", "date");
        assertThat(TemplateRenderer.fieldRanges(order.text())).hasSize(2);
    }

    @Test
    void anUnknownGenderUsesTheNeutralForm() {
        Map<String, Object> v = values(null, null, 3);
        v.remove("gender");
        assertThat(TemplateRenderer.render(PL, "pl", v).text()).startsWith("Dzień dobry, zwrot otrzyma Pan/Pani");
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThat(TemplateSyntax.check("Dzień dobry {customerName, zwrot")).get()
                .satisfies(e -> assertThat(e.position()).isBetween(12, 35));
        assertThat(TemplateSyntax.check("Hello {nme}")).get().satisfies(e -> {
            assertThat(e.position()).isEqualTo(7);
            assertThat(e.message()).contains("unknown placeholder {nme}");
        });
        assertThat(TemplateSyntax.check("Hello {0}")).get().extracting(TemplateSyntax.Error::message).asString()
                .contains("named placeholders");
        assertThat(TemplateSyntax.check("We''re on it, {customerName}.")).isEmpty();
        assertThat(TemplateSyntax.placeholders(PL)).containsExactly("gender", "formalAddress", "days");
        assertThat(List.of(TemplateSyntax.check("{days, plural, one{#} other{#}").isPresent())).containsExactly(true);
    }
}
