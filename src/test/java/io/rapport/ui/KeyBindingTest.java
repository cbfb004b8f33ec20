package io.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class KeyBindingTest {
    @Test
    void noShortcutUsesAltBecauseAltGrTypesLettersOnPolishCzechAndGermanKeyboards() {
        for (KeyBinding k : KeyBinding.values()) {
            KeyCombination c = k.combination();
            assertThat(c.getAlt()).as(k.name()).isEqualTo(KeyCombination.ModifierValue.UP);
            assertThat(k.defaultCombination().toLowerCase()).as(k.name()).doesNotContain("alt");
        }
    }

    @Test
    void noTwoActionsShareAShortcut() {
        Set<String> seen = new HashSet<>();
        for (KeyBinding k : KeyBinding.values()) {
            assertThat(seen.add(k.defaultCombination())).as(k.name()).isTrue();
        }
    }
}
