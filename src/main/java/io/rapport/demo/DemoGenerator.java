package io.rapport.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Flag;
import io.rapport.customer.InteractionDraft;
import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportRecord;
import io.rapport.importer.ImportReport;
import io.rapport.importer.ImportService;
import io.rapport.text.PhoneNumbers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Generates the demo dataset, either straight into the store (through the same import path as
 * real data, marked as demo so it never syncs to a team hub) or as a JSON Lines file.
 */
public final class DemoGenerator {
    /** Origin of demo rows: they stay on this desktop. */
    public static final String ORIGIN = "demo";

    private final ImportService importer;
    private final PhoneNumbers phones;

    public DemoGenerator(ImportService importer, PhoneNumbers phones) {
        this.importer = importer;
        this.phones = phones;
    }

    /** Fills the store with {@code customers} customers and {@code interactions} interactions. */
    public ImportReport generate(int customers, int interactions, long seed, ImportProgress progress) {
        DemoReader reader = reader(customers, interactions, seed, Instant.now());
        ImportReport r = importer.run(reader, interactions, "demo (seed " + seed + ")", "demo", progress, ORIGIN);
        importer.indexWords(progress);
        return r;
    }

    DemoReader reader(int customers, int interactions, long seed, Instant now) {
        DemoTexts texts = DemoTexts.load();
        return new DemoReader(texts, new DemoPeople(texts, phones), customers, interactions, seed, now,
                ZoneId.of("Europe/Warsaw"));
    }

    /** Writes the dataset as JSON Lines (the format the importer reads); returns the line count. */
    public long writeJsonLines(int customers, int interactions, long seed, Path out) throws IOException {
        DemoReader reader = reader(customers, interactions, seed, Instant.now());
        JsonFactory f = new JsonFactory();
        long n = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                JsonGenerator g = f.createGenerator(os, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            ImportRecord r;
            while ((r = reader.next(p -> { })) != null) {
                write(g, r);
                n++;
            }
            g.writeRaw('\n');
        }
        return n;
    }

    private static void write(JsonGenerator g, ImportRecord r) throws IOException {
        CustomerDraft c = r.customer();
        InteractionDraft i = r.interaction();
        g.writeStartObject();
        g.writeObjectFieldStart("customer");
        g.writeStringField("name", c.displayName());
        g.writeStringField("given_name", c.givenName());
        g.writeStringField("family_name", c.familyName());
        g.writeStringField("gender", c.gender() == null ? null : c.gender().code());
        g.writeStringField("formal_address", c.formalAddress());
        g.writeStringField("language", c.language());
        g.writeStringField("customer_number", c.customerNumber());
        g.writeArrayFieldStart("phones");
        for (String p : c.phones()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("emails");
        for (String e : c.emails()) {
            g.writeString(e);
        }
        g.writeEndArray();
        if (!c.flags().isEmpty()) {
            g.writeArrayFieldStart("flags");
            for (Flag fl : c.flags()) {
                g.writeString(fl.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            g.writeEndArray();
        }
        if (c.customerSince() != null) {
            g.writeStringField("customer_since", c.customerSince().toString());
        }
        g.writeEndObject();
        g.writeStringField("channel", i.channel().code());
        g.writeStringField("direction", i.direction().code());
        g.writeStringField("started_at", i.startedAt().toString());
        if (i.endedAt() != null) {
            g.writeStringField("ended_at", i.endedAt().toString());
        }
        g.writeStringField("agent", i.agent());
        g.writeStringField("subject", i.subject());
        g.writeStringField("body", i.body());
        g.writeStringField("outcome", i.outcome());
        if (i.sentiment() != null) {
            g.writeNumberField("sentiment", i.sentiment());
        }
        g.writeStringField("topic", i.topic());
        g.writeStringField("order_number", i.orderNumber());
        g.writeStringField("source_system", i.sourceSystem());
        g.writeStringField("source_id", i.sourceId());
        g.writeEndObject();
    }
}
