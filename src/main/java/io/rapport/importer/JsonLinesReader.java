package io.rapport.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.customer.Channel;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Direction;
import io.rapport.customer.Flag;
import io.rapport.customer.Gender;
import io.rapport.customer.InteractionDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * JSON Lines: one interaction per line with its customer (format in the README). Lines
 * without a source id get one derived from their content, so re-importing a file adds nothing.
 */
public final class JsonLinesReader implements RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LineSource lines;
    private final ZoneId zone;
    private final String defaultSourceSystem;

    public JsonLinesReader(InputStream in, ZoneId zone, String defaultSourceSystem) {
        this.lines = new LineSource(in, StandardCharsets.UTF_8);
        this.zone = zone;
        this.defaultSourceSystem = defaultSourceSystem;
    }

    @Override
    public ImportRecord next(Consumer<Problem> problems) throws IOException {
        LineSource.Line line;
        while ((line = lines.next()) != null) {
            if (line.error() != null) {
                problems.accept(new Problem(line.number(), line.error()));
                continue;
            }
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (node == null || !node.isObject()) {
                    problems.accept(new Problem(line.number(), "not a JSON object"));
                    continue;
                }
                return toRecord(line.number(), node, text);
            } catch (JsonProcessingException e) {
                problems.accept(new Problem(line.number(), "not valid JSON: " + e.getOriginalMessage()));
            } catch (InvalidRecord e) {
                problems.accept(new Problem(line.number(), e.getMessage()));
            }
        }
        return null;
    }

    private ImportRecord toRecord(long lineNo, JsonNode n, String raw) {
        JsonNode c = n.path("customer");
        if (!c.isObject()) {
            throw new InvalidRecord("no \"customer\" object");
        }
        List<String> phones = strings(c, "phones", "phone");
        List<String> emails = strings(c, "emails", "email");
        String name = text(c, "name");
        if (name == null && phones.isEmpty() && emails.isEmpty()) {
            throw new InvalidRecord("the customer has no name, phone or e-mail");
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String f : strings(c, "flags", null)) {
            try {
                flags.add(Flag.valueOf(f.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidRecord("unknown flag \"" + f + "\" (use vip, vulnerable, do-not-call)");
            }
        }
        if (c.path("vip").asBoolean(false)) {
            flags.add(Flag.VIP);
        }
        if (c.path("vulnerable").asBoolean(false)) {
            flags.add(Flag.VULNERABLE);
        }
        if (c.path("do_not_call").asBoolean(false)) {
            flags.add(Flag.DO_NOT_CALL);
        }
        Map<String, String> external = new LinkedHashMap<>();
        c.path("external_ids").fields().forEachRemaining(e -> external.put(e.getKey(), e.getValue().asText()));
        String gender = text(c, "gender");
        CustomerDraft customer = new CustomerDraft(name, text(c, "given_name"), text(c, "family_name"),
                gender == null ? null : Gender.parse(gender).orElseThrow(
                        () -> new InvalidRecord("unknown gender \"" + gender + "\" (use female, male, other)")),
                text(c, "formal_address"), text(c, "language"), flags, phones, emails, text(c, "customer_number"),
                external, Timestamps.parseOrNull(text(c, "customer_since"), zone), text(c, "note"));

        String ch = text(n, "channel");
        Channel channel = ch == null ? Channel.NOTE : Channel.parse(ch).orElseThrow(() -> new InvalidRecord(
                "unknown channel \"" + ch + "\" (use phone, email, chat, social, visit, note)"));
        String dir = text(n, "direction");
        Direction direction = dir == null ? (channel == Channel.NOTE ? Direction.INTERNAL : Direction.INBOUND)
                : Direction.parse(dir).orElseThrow(() -> new InvalidRecord(
                        "unknown direction \"" + dir + "\" (use inbound, outbound, internal)"));
        String startedText = text(n, "started_at");
        if (startedText == null) {
            throw new InvalidRecord("\"started_at\" is missing");
        }
        Instant started = Timestamps.parse(startedText, zone);
        Instant ended = Timestamps.parseOrNull(text(n, "ended_at"), zone);
        Integer sentiment = Sentiments.parse(n.get("sentiment"));
        String sourceSystem = text(n, "source_system");
        String sourceId = text(n, "source_id");
        if (sourceId == null) {
            sourceId = Hashes.sha1(raw);
            if (sourceSystem == null) {
                sourceSystem = defaultSourceSystem;
            }
        } else if (sourceSystem == null) {
            sourceSystem = defaultSourceSystem;
        }
        InteractionDraft interaction = new InteractionDraft(channel, direction, started, ended, text(n, "agent"),
                text(n, "subject"), text(n, "body"), text(n, "outcome"), sentiment, text(n, "topic"),
                text(n, "order_number"), sourceSystem, sourceId);
        return new ImportRecord(lineNo, customer, interaction);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new InvalidRecord("\"" + field + "\" must be text, not " + (v.isArray() ? "a list" : "an object"));
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static List<String> strings(JsonNode n, String plural, String singular) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(plural);
        if (v != null && v.isArray()) {
            v.forEach(x -> {
                if (!x.isNull() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (v != null && !v.isNull() && !v.asText().isBlank()) {
            out.add(v.asText());
        }
        if (singular != null) {
            String s = text(n, singular);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public long position() {
        return lines.position();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
