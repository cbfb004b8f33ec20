package io.rapport.wrapup;

import java.util.List;
import java.util.Map;

/** A disposition code: a reason with its details (Delivery → Late), labelled per UI language. */
public record Disposition(String code, Map<String, String> labels, List<Disposition> details) {

    public Disposition {
        labels = Map.copyOf(labels);
        details = List.copyOf(details);
    }

    /** The label in {@code language}, else English, else the code. */
    public String label(String language) {
        String l = labels.get(language);
        if (l == null || l.isBlank()) {
            l = labels.get("en");
        }
        return l == null || l.isBlank() ? code : l;
    }
}
