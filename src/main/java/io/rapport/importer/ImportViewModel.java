package io.rapport.importer;

import io.rapport.text.PhoneNumbers;
import io.rapport.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The import dialog: pick a file, see its format guessed, map CSV columns with a preview of the
 * first rows, run with progress and Cancel, then read the report (imported, merged, skipped
 * with line and reason).
 */
public final class ImportViewModel {
    /** Common header names, in the four languages, that map to a field without asking. */
    private static final Map<String, List<String>> GUESSES = new LinkedHashMap<>();

    static {
        GUESSES.put("customer.name", List.of("name", "customer", "klient", "klientka", "zakaznik", "kunde",
                "imie i nazwisko", "jmeno", "full name", "customer name"));
        GUESSES.put("customer.phones", List.of("phone", "telefon", "tel", "mobile", "komorka", "mobil",
                "phone number", "numer telefonu", "telefonni cislo"));
        GUESSES.put("customer.emails", List.of("email", "e-mail", "mail", "adres email"));
        GUESSES.put("customer.language", List.of("language", "jezyk", "jazyk", "sprache", "lang"));
        GUESSES.put("customer.customer_number", List.of("customer number", "customer id", "nr klienta",
                "cislo zakaznika", "kundennummer"));
        GUESSES.put("channel", List.of("channel", "kanal", "type", "typ"));
        GUESSES.put("direction", List.of("direction", "kierunek", "smer", "richtung"));
        GUESSES.put("started_at", List.of("date", "data", "datum", "started", "start", "created", "time", "czas"));
        GUESSES.put("agent", List.of("agent", "konsultant", "operator", "mitarbeiter", "user"));
        GUESSES.put("subject", List.of("subject", "temat", "predmet", "betreff", "title", "tytul"));
        GUESSES.put("body", List.of("body", "text", "tresc", "notatka", "note", "notes", "popis", "opis",
                "description", "zprava", "nachricht", "beschreibung"));
        GUESSES.put("outcome", List.of("outcome", "status", "wynik", "stav", "ergebnis", "result"));
        GUESSES.put("order_number", List.of("order", "order number", "zamowienie", "nr zamowienia",
                "objednavka", "bestellung", "bestellnummer"));
        GUESSES.put("source_id", List.of("id", "ticket", "ticket id", "case id"));
    }

    private final TaskExecutor executor;
    private final ImportService service;
    private final PhoneNumbers phones;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>();
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ObservableMap<String, String> mapping = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty ourDomain = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final LongProperty records = new SimpleLongProperty();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ImportViewModel(TaskExecutor executor, ImportService service, PhoneNumbers phones) {
        this.executor = executor;
        this.service = service;
        this.phones = phones;
        file.addListener((o, a, p) -> {
            error.set(null);
            report.set(null);
            if (p != null) {
                ImportFormat.guess(p).ifPresent(format::set);
            }
            loadPreview();
        });
        format.addListener((o, a, b) -> loadPreview());
    }

    private void loadPreview() {
        preview.clear();
        mapping.clear();
        Path p = file.get();
        if (p == null || format.get() != ImportFormat.CSV) {
            return;
        }
        executor.run(() -> CsvReader.preview(p, 5), rows -> {
            preview.setAll(rows);
            if (!rows.isEmpty()) {
                guessMapping(rows.get(0));
            }
        }, e -> error.set(e.getMessage()));
    }

    /** Maps header columns whose names are well known (any of the four languages, without diacritics). */
    void guessMapping(List<String> header) {
        for (Map.Entry<String, List<String>> g : GUESSES.entrySet()) {
            for (String col : header) {
                String norm = io.rapport.text.Folding.fold(col).strip().replace('_', ' ');
                if (g.getValue().contains(norm) && !mapping.containsValue(col)) {
                    mapping.put(g.getKey(), col);
                    break;
                }
            }
        }
    }

    /** The CSV mapping built in the dialog; errors say which field is missing. */
    public CsvMapping csvMapping() {
        if (!mapping.containsKey("started_at")) {
            throw new IllegalArgumentException("map a column to \"started_at\" (when the contact happened)");
        }
        if (!mapping.containsKey("customer.name") && !mapping.containsKey("customer.phones")
                && !mapping.containsKey("customer.emails")) {
            throw new IllegalArgumentException("map a column to the customer's name, phone or e-mail");
        }
        Map<String, List<String>> cols = new LinkedHashMap<>();
        mapping.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                cols.put(k, List.of(v));
            }
        });
        return new CsvMapping(null, null, null, List.of(), cols, Map.of("channel", "phone"), Map.of());
    }

    /** Starts the import; {@code onDone} runs on the UI thread with the report. */
    public void start(Consumer<ImportReport> onDone) {
        Path p = file.get();
        if (p == null) {
            error.set("choose a file first");
            return;
        }
        if (format.get() == null) {
            error.set("choose the format of " + p.getFileName());
            return;
        }
        CsvMapping m;
        try {
            m = format.get() == ImportFormat.CSV ? csvMapping() : null;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        Set<String> domains = ourDomain.get() == null || ourDomain.get().isBlank() ? Set.of()
                : Set.of(ourDomain.get().strip().toLowerCase(Locale.ROOT).replaceFirst("^@", ""));
        ImportRequest req = new ImportRequest(p, format.get(), null, null, ZoneId.systemDefault(), domains);
        cancel.set(false);
        error.set(null);
        report.set(null);
        running.set(true);
        progress.set(0);
        records.set(0);
        executor.run(() -> {
            RecordReader reader = Importers.open(req, phones, m);
            long total = Importers.size(p);
            return service.run(reader, total, p.toString(), format.get().label(), new ImportProgress() {
                @Override
                public void update(long done, long all, long n) {
                    executor.onUiThread(() -> {
                        progress.set(all > 0 ? Math.min(1.0, (double) done / all) : -1);
                        records.set(n);
                    });
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            });
        }, r -> {
            running.set(false);
            progress.set(1);
            report.set(r);
            onDone.accept(r);
        }, e -> {
            running.set(false);
            error.set(e.getMessage());
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Fields a CSV column can feed, for the mapping dialog. */
    public List<String> fields() {
        List<String> f = new ArrayList<>(CsvMapping.FIELDS);
        f.sort(String::compareTo);
        return f;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportFormat> formatProperty() {
        return format;
    }

    public ObservableList<List<String>> preview() {
        return preview;
    }

    public ObservableMap<String, String> mapping() {
        return mapping;
    }

    public StringProperty ourDomainProperty() {
        return ourDomain;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public LongProperty recordsProperty() {
        return records;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
