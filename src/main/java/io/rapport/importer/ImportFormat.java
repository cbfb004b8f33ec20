package io.rapport.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats Rapport imports. */
public enum ImportFormat {
    JSONL("JSON Lines"),
    CSV("CSV with a column mapping"),
    CDR("Asterisk Master.csv"),
    MBOX("mbox mailbox"),
    EML("e-mail (.eml file or folder)");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ImportFormat> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl": case "ndjson": case "json-lines":
                return Optional.of(JSONL);
            case "csv":
                return Optional.of(CSV);
            case "cdr": case "cdr_csv": case "cdr_custom": case "asterisk":
                return Optional.of(CDR);
            case "mbox":
                return Optional.of(MBOX);
            case "eml": case "email":
                return Optional.of(EML);
            default:
                return Optional.empty();
        }
    }

    /** A guess from the file name; empty when it cannot tell. */
    public static Optional<ImportFormat> guess(Path p) {
        if (Files.isDirectory(p)) {
            return Optional.of(EML);
        }
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.equals("master.csv")) {
            return Optional.of(CDR);
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".mbox") || n.endsWith(".mbx")) {
            return Optional.of(MBOX);
        }
        if (n.endsWith(".eml")) {
            return Optional.of(EML);
        }
        return Optional.empty();
    }
}
