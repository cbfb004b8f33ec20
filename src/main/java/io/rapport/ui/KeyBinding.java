package io.rapport.ui;

import javafx.scene.input.KeyCombination;

/**
 * Every application-wide shortcut, in one place. Never Alt+letter or Ctrl+Alt+letter: on
 * Polish, Czech and German keyboards those are AltGr and type ą, ę, ś, ř, €.
 * "Shortcut" is Ctrl on Windows and Linux and ⌘ on macOS.
 */
public enum KeyBinding {
    FOCUS_SEARCH("Shortcut+K", "key.focusSearch"),
    NAV_HISTORY("Shortcut+1", "nav.history"),
    NAV_TEMPLATES("Shortcut+2", "nav.templates"),
    NAV_PHRASEBOOK("Shortcut+3", "nav.phrasebook"),
    NAV_WRAPUP("Shortcut+4", "nav.wrapup"),
    NAV_REVIEW("Shortcut+5", "nav.review"),
    NAV_TRAINING("Shortcut+6", "nav.training"),
    CLOSE_TAB("Shortcut+W", "key.closeTab"),
    REPLY("Shortcut+R", "key.reply"),
    WRAP_UP("F9", "key.wrapUp"),
    FILTER_WORDS("Shortcut+F", "key.filterWords"),
    IMPORT("Shortcut+I", "key.import"),
    SETTINGS("Shortcut+Comma", "key.settings"),
    TOGGLE_THEME("Shortcut+Shift+L", "key.toggleTheme"),
    REFRESH("F5", "key.refresh"),
    SHORTCUTS("F1", "key.shortcuts"),
    QUIT("Shortcut+Q", "key.quit");

    private final String defaultCombination;
    private final String labelKey;

    KeyBinding(String defaultCombination, String labelKey) {
        this.defaultCombination = defaultCombination;
        this.labelKey = labelKey;
    }

    public KeyCombination combination() {
        return KeyCombination.valueOf(defaultCombination);
    }

    public String defaultCombination() {
        return defaultCombination;
    }

    /** i18n key of what the shortcut does. */
    public String labelKey() {
        return labelKey;
    }
}
