package io.rapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.template.coach.PhraseSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phrasebook concepts as template building blocks: expanded, escaped for ICU, missing ones become fields. */
class PhraseBlocksTest {
    static final PhraseSource PHRASES = (concept, lang) -> Optional.ofNullable(Map.of(
            "closing-thanks|en", "Thanks for your patience, it's appreciated.",
            "closing-thanks|pl", "Dziękuję za cierpliwość, {agentName} z {firma}.").get(concept + "|" + lang));

    @Test
    void aBlockBecomesThePhraseAndApostrophesAndBracesSurviveMessageFormat() {
        String body = "{phrase:closing-thanks}\n\n{agentName}";
        String en = TemplateRenderer.render(PhraseBlocks.expand(body, "en", PHRASES), "en",
                Map.of("agentName", "Anna")).text();
        assertThat(en).isEqualTo("Thanks for your patience, it's appreciated.\n\nAnna");
        String pl = TemplateRenderer.render(PhraseBlocks.expand(body, "pl", PHRASES), "pl",
                Map.of("agentName", "Anna")).text();
        assertThat(pl).isEqualTo("Dziękuję za cierpliwość, Anna z {firma}.\n\nAnna");
    }

    @Test
    void aConceptWithoutAPhraseInTheLanguageBecomesAFieldToFill() {
        var r = TemplateRenderer.render(PhraseBlocks.expand("{phrase:closing-thanks} Bye.", "cs", PHRASES), "cs",
                Map.of());
        assertThat(r.missing()).containsExactly("phrase:closing-thanks");
    }

    @Test
    void theSyntaxCheckAcceptsBlocksAndStillPointsAtErrorsAfterThem() {
        assertThat(TemplateSyntax.check("{phrase:closing-thanks} {agentName}")).isEmpty();
        var err = TemplateSyntax.check("{phrase:closing-thanks} {agentName");
        assertThat(err).isPresent();
        assertThat(err.get().position()).isGreaterThanOrEqualTo("{phrase:closing-thanks} ".length());
    }
}
