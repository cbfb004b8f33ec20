package io.rapport.app;

import io.rapport.config.Languages;
import io.rapport.config.Settings;
import io.rapport.ui.I18n;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings: UI language (or the system's), theme, agent name, phone region, and the screen-pop
 * endpoint for softphones (off by default, loopback only, with a shared token).
 */
final class SettingsDialog {
    private static final List<String> REGIONS = List.of("PL", "CZ", "SK", "DE", "AT", "CH", "GB", "IE", "UA");

    private SettingsDialog() {
    }

    /** Shows the dialog; true if the agent saved changes. */
    static boolean show(Window owner, Settings settings, I18n i18n,
            javafx.beans.property.BooleanProperty wrapUpRequired) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("settings.title"));
        ChoiceBox<String> language = new ChoiceBox<>(FXCollections.observableArrayList("auto", "en", "pl", "cs", "de"));
        language.setId("settings-language");
        language.setConverter(converter(c -> "auto".equals(c) ? i18n.t("settings.languageAuto")
                : Languages.nativeName(c)));
        language.setValue(settings.get("ui.language", "auto"));
        ChoiceBox<String> theme = new ChoiceBox<>(FXCollections.observableArrayList("light", "dark"));
        theme.setConverter(converter(t -> i18n.t("settings.theme." + t)));
        theme.setValue(settings.theme());
        TextField agent = new TextField(settings.agentName());
        ChoiceBox<String> region = new ChoiceBox<>(FXCollections.observableArrayList(REGIONS));
        region.setValue(REGIONS.contains(settings.phoneRegion()) ? settings.phoneRegion() : "PL");
        CheckBox pop = new CheckBox(i18n.t("settings.screenPopEnabled"));
        pop.setSelected(settings.screenPopEnabled());
        Spinner<Integer> port = new Spinner<>(1024, 65535, settings.screenPopPort());
        port.setEditable(true);
        TextField token = new TextField(settings.screenPopToken());
        token.setEditable(false);
        Label popHint = new Label(i18n.t("settings.screenPopHint", settings.screenPopPort()));
        popHint.setWrapText(true);
        popHint.getStyleClass().add("muted");
        popHint.setMaxWidth(420);
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        int r = 0;
        g.addRow(r++, new Label(i18n.t("settings.language")), language);
        g.addRow(r++, new Label(i18n.t("settings.theme")), theme);
        g.addRow(r++, new Label(i18n.t("settings.agent")), agent);
        g.addRow(r++, new Label(i18n.t("settings.region")), region);
        g.addRow(r++, new Label(i18n.t("settings.screenPop")), pop);
        g.addRow(r++, new Label(i18n.t("settings.port")), port);
        g.addRow(r++, new Label(i18n.t("settings.token")), token);
        g.add(popHint, 1, r++);
        CheckBox required = new CheckBox(i18n.t("settings.wrapUpRequired"));
        required.setId("settings-wrapup-required");
        required.setSelected(wrapUpRequired.get());
        g.addRow(r, new Label(i18n.t("settings.team")), required);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> res = d.showAndWait();
        if (res.isEmpty() || res.get() != ButtonType.OK) {
            return false;
        }
        settings.set("ui.language", language.getValue());
        settings.set("ui.theme", theme.getValue());
        settings.set("agent.name", agent.getText().isBlank() ? null : agent.getText().strip());
        settings.set("phone.region", region.getValue());
        settings.set("screenpop.enabled", Boolean.toString(pop.isSelected()));
        settings.set("screenpop.port", Integer.toString(port.getValue()));
        wrapUpRequired.set(required.isSelected());
        return true;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : f.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
