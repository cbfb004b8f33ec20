package io.rapport.customer;

import io.rapport.ui.Badge;
import io.rapport.ui.I18n;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** How each flag looks: VIP in gold, vulnerable in purple, do-not-call in red, each with a one-line meaning. */
final class Flags {
    private Flags() {
    }

    static Label badge(Flag f, I18n i18n) {
        String key = "flag." + f.name().toLowerCase(Locale.ROOT);
        Label l;
        switch (f) {
            case VIP:
                l = Badge.of(i18n.t(key), "vip", MaterialDesignC.CROWN_OUTLINE);
                break;
            case VULNERABLE:
                l = Badge.of(i18n.t(key), "vulnerable", MaterialDesignH.HAND_HEART_OUTLINE);
                break;
            default:
                l = Badge.of(i18n.t(key), "danger", MaterialDesignP.PHONE_OFF_OUTLINE);
        }
        l.setTooltip(new Tooltip(i18n.t(key + ".hint")));
        return l;
    }
}
