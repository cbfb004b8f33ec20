package io.rapport.wrapup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The team's two-level disposition codes (reason → detail). Shipped in
 * {@code assets/wrapup/dispositions.json}; leads edit it in the app and the edited tree is a
 * team setting. Codes are stable: notes keep the code, labels may change.
 */
public record DispositionTree(List<Disposition> reasons) {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String FORMAT = "rapport-dispositions";

    public DispositionTree {
        reasons = List.copyOf(reasons);
    }

    public Optional<Disposition> reason(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<Disposition> detail(String reasonCode, String detailCode) {
        return reason(reasonCode).flatMap(r -> r.details().stream().filter(d -> d.code().equals(detailCode))
                .findFirst());
    }

    /** "Delivery › Late delivery" in {@code language}, for the timeline and exports. */
    public String describe(String reasonCode, String detailCode, String language) {
        Optional<Disposition> r = reason(reasonCode);
        String reason = r.map(d -> d.label(language)).orElse(reasonCode == null ? "" : reasonCode);
        if (detailCode == null || detailCode.isBlank()) {
            return reason;
        }
        String detail = detail(reasonCode, detailCode).map(d -> d.label(language)).orElse(detailCode);
        return reason + " › " + detail;
    }

    /** The tree shipped with the app. */
    public static DispositionTree builtIn() {
        try (InputStream in = DispositionTree.class.getResourceAsStream("/assets/wrapup/dispositions.json")) {
            if (in == null) {
                throw new IllegalStateException("assets/wrapup/dispositions.json is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("assets/wrapup/dispositions.json cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks a tree; a mistake is refused with what and where. */
    public static DispositionTree parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The disposition codes are not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.path("reasons").isArray() || root.path("reasons").isEmpty()) {
            throw new IllegalArgumentException("The disposition codes need a non-empty \"reasons\" list");
        }
        Set<String> codes = new HashSet<>();
        List<Disposition> reasons = new ArrayList<>();
        for (JsonNode r : root.path("reasons")) {
            String code = code(r, null, codes);
            List<Disposition> details = new ArrayList<>();
            for (JsonNode d : r.path("details")) {
                details.add(new Disposition(code(d, code, codes), labels(d, code), List.of()));
            }
            reasons.add(new Disposition(code, labels(r, code), details));
        }
        return new DispositionTree(reasons);
    }

    private static String code(JsonNode n, String parent, Set<String> seen) {
        String code = n.path("code").asText("").strip();
        if (!code.matches("[a-z0-9]+(?:[.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("Disposition code \"" + code + "\"" + (parent == null ? ""
                    : " under " + parent) + " must be lower-case letters, digits, '-' and '.'");
        }
        if (!seen.add(code)) {
            throw new IllegalArgumentException("Disposition code \"" + code + "\" is used twice");
        }
        return code;
    }

    private static Map<String, String> labels(JsonNode n, String code) {
        Map<String, String> out = new LinkedHashMap<>();
        n.path("label").fields().forEachRemaining(e -> {
            if (!e.getValue().asText("").isBlank()) {
                out.put(e.getKey(), e.getValue().asText().strip());
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Disposition \"" + code + "\" has no label");
        }
        return out;
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", 1);
        ArrayNode rs = root.putArray("reasons");
        for (Disposition r : reasons) {
            ObjectNode rn = rs.addObject().put("code", r.code());
            ObjectNode l = rn.putObject("label");
            r.labels().forEach(l::put);
            ArrayNode ds = rn.putArray("details");
            for (Disposition d : r.details()) {
                ObjectNode dn = ds.addObject().put("code", d.code());
                ObjectNode dl = dn.putObject("label");
                d.labels().forEach(dl::put);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
