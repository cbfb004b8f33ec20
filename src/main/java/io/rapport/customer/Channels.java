package io.rapport.customer;

import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Icon, colour and name of each channel. */
final class Channels {
    private Channels() {
    }

    static Ikon icon(Channel c) {
        switch (c) {
            case PHONE:
                return MaterialDesignP.PHONE;
            case EMAIL:
                return MaterialDesignE.EMAIL_OUTLINE;
            case CHAT:
                return MaterialDesignC.CHAT_OUTLINE;
            case SOCIAL:
                return MaterialDesignA.ACCOUNT_GROUP_OUTLINE;
            case VISIT:
                return MaterialDesignS.STORE_OUTLINE;
            default:
                return MaterialDesignN.NOTE_TEXT_OUTLINE;
        }
    }

    static String label(Channel c, I18n i18n) {
        return i18n.t("channel." + c.code());
    }

    /** "Incoming call", "E-mail to the customer", "Internal note" … */
    static String kind(Interaction i, I18n i18n) {
        return i18n.t("kind." + i.channel().code() + "." + i.direction().code());
    }

    /** The icon in a coloured circle, as the timeline shows it. */
    static StackPane bubble(Channel c) {
        StackPane p = new StackPane(Icons.of(icon(c), 16));
        p.getStyleClass().addAll("channel-bubble", "channel-" + c.name().toLowerCase(Locale.ROOT));
        return p;
    }
}
