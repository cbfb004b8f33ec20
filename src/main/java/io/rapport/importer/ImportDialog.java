package io.rapport.importer;

import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The import window. Keyboard: Ctrl+O chooses a file, Ctrl+Enter starts, Esc cancels a running
 * import (or closes when idle).
 */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final GridPane mappingGrid = new GridPane();
    private final TableView<List<String>> previewTable = new TableView<>();
    private final VBox csvBox;

    public ImportDialog(Window owner, ImportViewModel vm, I18n i18n, Consumer<ImportReport> onImported, String css) {
        this.vm = vm;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("import.title"));

        TextField path = new TextField();
        path.setId("import-file");
        path.setEditable(false);
        path.textProperty().bind(Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString(), vm.fileProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(i18n.t("import.chooseFile"));
        choose.setGraphic(Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE, 16));
        choose.setOnAction(e -> chooseFile());
        ChoiceBox<ImportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ImportFormat.values()));
        format.setId("import-format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportFormat f) {
                return f == null ? "" : i18n.t("import.format." + f.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ImportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        TextField domain = new TextField();
        domain.setPromptText("nordvik.pl");
        domain.textProperty().bindBidirectional(vm.ourDomainProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.t("import.file")), new HBox(8, path, choose));
        form.addRow(1, new Label(i18n.t("import.format")), format);
        Label domainLabel = new Label(i18n.t("import.ourDomain"));
        form.addRow(2, domainLabel, domain);
        domainLabel.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.formatProperty().get()
                == ImportFormat.MBOX || vm.formatProperty().get() == ImportFormat.EML, vm.formatProperty()));
        domain.visibleProperty().bind(domainLabel.visibleProperty());
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);

        Label mapTitle = new Label(i18n.t("import.mapping"));
        mapTitle.getStyleClass().add("glance-title");
        mappingGrid.setHgap(10);
        mappingGrid.setVgap(6);
        previewTable.setPrefHeight(150);
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        csvBox = new VBox(8, mapTitle, previewTable, mappingGrid);
        csvBox.managedProperty().bind(csvBox.visibleProperty());
        csvBox.visibleProperty().bind(Bindings.isNotEmpty(vm.preview()));
        vm.preview().addListener((ListChangeListener<List<String>>) c -> renderMapping());

        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.reportProperty().isNotNull()));
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.runningProperty().get()
                ? i18n.t("import.progress", vm.recordsProperty().get()) : "", vm.runningProperty(),
                vm.recordsProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        TextArea report = new TextArea();
        report.setId("import-report");
        report.setEditable(false);
        report.setPrefRowCount(8);
        report.getStyleClass().add("monospace");
        report.visibleProperty().bind(vm.reportProperty().isNotNull());
        report.managedProperty().bind(report.visibleProperty());
        report.textProperty().bind(Bindings.createStringBinding(() -> vm.reportProperty().get() == null ? ""
                : vm.reportProperty().get().toText(), vm.reportProperty()));

        Button start = new Button(i18n.t("import.start"));
        start.setId("import-start");
        start.setGraphic(Icons.of(MaterialDesignD.DATABASE_IMPORT_OUTLINE, 16));
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty().or(vm.fileProperty().isNull()));
        start.setOnAction(e -> vm.start(onImported));
        Button cancel = new Button();
        cancel.textProperty().bind(Bindings.when(vm.runningProperty()).then(i18n.t("action.cancel"))
                .otherwise(i18n.t("action.close")));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            } else {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, count, new javafx.scene.layout.Region(), start, cancel);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label hint = new Label(i18n.t("import.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox root = new VBox(12, hint, form, csvBox, bar, error, report, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(760);
        root.getStyleClass().add("import-dialog");
        Scene scene = new Scene(root);
        if (css != null) {
            scene.getStylesheets().add(css);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), start::fire);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            }
        });
    }

    public void show() {
        stage.show();
    }

    private void chooseFile() {
        if (vm.formatProperty().get() == ImportFormat.EML) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(i18n.t("import.chooseFolder"));
            File d = dc.showDialog(stage);
            if (d != null) {
                vm.fileProperty().set(d.toPath());
            }
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t("import.chooseFile"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("import.filesAll"), "*.jsonl", "*.ndjson", "*.csv", "*.tsv",
                        "*.mbox", "*.eml", "Master.csv"),
                new FileChooser.ExtensionFilter(i18n.t("import.filesAny"), "*"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.fileProperty().set(f.toPath());
        }
    }

    private void renderMapping() {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        mappingGrid.getChildren().clear();
        if (vm.preview().isEmpty()) {
            return;
        }
        List<String> header = vm.preview().get(0);
        for (int c = 0; c < header.size(); c++) {
            int idx = c;
            TableColumn<List<String>, String> col = new TableColumn<>(header.get(c));
            col.setCellValueFactory(row -> new SimpleStringProperty(idx < row.getValue().size()
                    ? row.getValue().get(idx) : ""));
            previewTable.getColumns().add(col);
        }
        previewTable.getItems().setAll(vm.preview().subList(1, vm.preview().size()));
        int row = 0;
        int col = 0;
        for (String field : vm.fields()) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.getItems().add("");
            box.getItems().addAll(header);
            box.setValue(vm.mapping().getOrDefault(field, ""));
            box.valueProperty().addListener((o, a, b) -> {
                if (b == null || b.isEmpty()) {
                    vm.mapping().remove(field);
                } else {
                    vm.mapping().put(field, b);
                }
            });
            Label l = new Label(i18n.t("import.field." + field));
            mappingGrid.add(l, col * 2, row);
            mappingGrid.add(box, col * 2 + 1, row);
            if (++col == 2) {
                col = 0;
                row++;
            }
        }
    }
}
