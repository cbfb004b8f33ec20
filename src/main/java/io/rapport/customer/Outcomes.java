package io.rapport.customer;

import io.rapport.ui.Badge;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** Outcome badges and sentiment faces. */
final class Outcomes {
    private Outcomes() {
    }

    static Label badge(String outcome, I18n i18n) {
        if (outcome == null) {
            return null;
        }
        String key = "outcome." + outcome;
        String text = i18n.has(key) ? i18n.t(key) : outcome;
        String variant;
        switch (outcome) {
            case Outcome.RESOLVED:
                variant = "success";
                break;
            case Outcome.FOLLOW_UP:
            case Outcome.UNRESOLVED:
                variant = "warning";
                break;
            case Outcome.ESCALATED:
                variant = "danger";
                break;
            default:
                variant = "muted";
        }
        return Badge.of(text, variant);
    }

    static Ikon face(int sentiment) {
        switch (sentiment) {
            case -2:
                return MaterialDesignE.EMOTICON_ANGRY_OUTLINE;
            case -1:
                return MaterialDesignE.EMOTICON_SAD_OUTLINE;
            case 1:
                return MaterialDesignE.EMOTICON_HAPPY_OUTLINE;
            case 2:
                return MaterialDesignE.EMOTICON_EXCITED_OUTLINE;
            default:
                return MaterialDesignE.EMOTICON_NEUTRAL_OUTLINE;
        }
    }

    static Label sentiment(Integer s, I18n i18n) {
        if (s == null) {
            return null;
        }
        Label l = new Label(i18n.t("sentiment." + s));
        l.setGraphic(Icons.of(face(s), 15));
        l.getStyleClass().addAll("sentiment", s < 0 ? "sentiment-negative" : s > 0 ? "sentiment-positive"
                : "sentiment-neutral");
        return l;
    }
}
