package io.rapport.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column feeds which field (a JSON mapping file, documented in the README, or built by
 * the mapping dialog). Each field names one column or a list of columns (joined, or for phones
 * and e-mails, each a separate contact point).
 */
public final class CsvMapping {
    /** The fields a column can be mapped to. */
    public static final Set<String> FIELDS = Set.of("customer.name", "customer.given_name", "customer.family_name",
            "customer.phones", "customer.emails", "customer.language", "customer.gender", "customer.customer_number",
            "customer.formal_address", "channel", "direction", "started_at", "ended_at", "agent", "subject", "body",
            "outcome", "sentiment", "topic", "order_number", "source_system", "source_id");

    private final Character delimiter;
    private final String encoding;
    private final String timezone;
    private final List<DateTimeFormatter> dateFormats;
    private final List<String> datePatterns;
    private final Map<String, List<String>> columns;
    private final Map<String, String> defaults;
    private final Map<String, Map<String, String>> values;

    public CsvMapping(Character delimiter, String encoding, String timezone, List<String> datePatterns,
            Map<String, List<String>> columns, Map<String, String> defaults, Map<String, Map<String, String>> values) {
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.timezone = timezone;
        this.datePatterns = List.copyOf(datePatterns);
        this.dateFormats = new ArrayList<>();
        for (String p : datePatterns) {
            try {
                dateFormats.add(DateTimeFormatter.ofPattern(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date format \"" + p + "\" is not valid: " + e.getMessage());
            }
        }
        for (String f : columns.keySet()) {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field \"" + f + "\" in the mapping (known: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        this.columns = columns;
        this.defaults = defaults;
        this.values = values;
    }

    /** Reads a mapping file; errors name the file and what is wrong. */
    public static CsvMapping load(Path file) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the mapping " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject() || !n.path("columns").isObject()) {
            throw new IllegalArgumentException("the mapping " + file + " needs a \"columns\" object");
        }
        try {
            return fromJson(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the mapping " + file + ": " + e.getMessage());
        }
    }

    static CsvMapping fromJson(JsonNode n) {
        Map<String, List<String>> cols = new LinkedHashMap<>();
        n.path("columns").fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> names.add(v.asText()));
            } else {
                names.add(e.getValue().asText());
            }
            cols.put(e.getKey(), names);
        });
        Map<String, String> defaults = new LinkedHashMap<>();
        n.path("defaults").fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().asText()));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        n.path("values").fields().forEachRemaining(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(v -> m.put(v.getKey(), v.getValue().asText()));
            values.put(e.getKey(), m);
        });
        List<String> dates = new ArrayList<>();
        n.path("dateFormats").forEach(d -> dates.add(d.asText()));
        String delim = n.path("delimiter").asText("");
        if (delim.length() > 1 && !"\\t".equals(delim)) {
            throw new IllegalArgumentException("\"delimiter\" must be one character");
        }
        Character d = delim.isEmpty() ? null : ("\\t".equals(delim) ? '\t' : delim.charAt(0));
        return new CsvMapping(d, n.path("encoding").asText(null), n.path("timezone").asText(null), dates, cols,
                defaults, values);
    }

    /** Columns named by the mapping that the header lacks; empty when all exist. */
    public List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (List<String> names : columns.values()) {
            for (String c : names) {
                if (!header.contains(c) && !missing.contains(c)) {
                    missing.add(c);
                }
            }
        }
        return missing;
    }

    public Character delimiter() {
        return delimiter;
    }

    public String encoding() {
        return encoding;
    }

    public String timezone() {
        return timezone;
    }

    public List<DateTimeFormatter> dateFormats() {
        return dateFormats;
    }

    public List<String> datePatterns() {
        return datePatterns;
    }

    public Map<String, List<String>> columns() {
        return columns;
    }

    public Map<String, String> defaults() {
        return defaults;
    }

    /** Maps a raw value through the "values" table of a field (e.g. "Telefon" → "phone"). */
    public String translate(String field, String raw) {
        if (raw == null) {
            return null;
        }
        Map<String, String> m = values.get(field);
        if (m == null) {
            return raw;
        }
        String v = m.get(raw.strip());
        return v == null ? raw : v;
    }
}
