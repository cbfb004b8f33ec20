package io.rapport.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX as the user-agent stylesheet, light or dark, plus Rapport's own stylesheet, which
 * uses only AtlantaFX's looked-up colours so both themes work.
 */
public final class Theme {
    public static final String APP_CSS = "/io/rapport/ui/rapport.css";

    private Theme() {
    }

    public static void apply(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
