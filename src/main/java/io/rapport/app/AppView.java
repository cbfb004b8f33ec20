package io.rapport.app;

import io.rapport.ui.KeyBinding;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The main views, in navigation order: the one list of screens. */
public enum AppView {
    HISTORY("nav.history", MaterialDesignH.HISTORY, KeyBinding.NAV_HISTORY),
    TEMPLATES("nav.templates", MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, KeyBinding.NAV_TEMPLATES),
    PHRASEBOOK("nav.phrasebook", MaterialDesignT.TRANSLATE, KeyBinding.NAV_PHRASEBOOK),
    WRAPUP("nav.wrapup", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, KeyBinding.NAV_WRAPUP),
    REVIEW("nav.review", MaterialDesignC.CHART_BOX_OUTLINE, KeyBinding.NAV_REVIEW),
    TRAINING("nav.training", MaterialDesignS.SCHOOL_OUTLINE, KeyBinding.NAV_TRAINING);

    private final String labelKey;
    private final Ikon icon;
    private final KeyBinding key;

    AppView(String labelKey, Ikon icon, KeyBinding key) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.key = key;
    }

    public String labelKey() {
        return labelKey;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyBinding key() {
        return key;
    }

    /** CSS/test id of the navigation button. */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
