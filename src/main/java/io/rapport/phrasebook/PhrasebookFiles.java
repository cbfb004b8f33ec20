package io.rapport.phrasebook;

import io.rapport.customer.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The phrasebook in and out of files translators use: TMX 1.4 (one translation unit per
 * concept, register and gender; {@code tuid} "concept#register/gender") and CSV (one phrase per
 * row). Imports merge into what is stored: a phrase with the same concept, language, register
 * and gender is updated, new ones are added, nothing is removed. XML external entities and DTDs
 * are refused, never resolved.
 */
public final class PhrasebookFiles {
    static final List<String> CSV_HEADER = List.of("concept", "category", "language", "register", "gender", "text",
            "pronunciation_en", "pronunciation_pl", "pronunciation_cs", "pronunciation_de", "note_en");

    private PhrasebookFiles() {
    }

    /** What an import read: the merged concepts to save, and what was skipped and why. */
    public record ImportResult(List<ConceptEntry> entries, List<String> problems, int segments) {
    }

    // ---------------------------------------------------------------- TMX

    public static void writeTmx(List<ConceptEntry> entries, Writer out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            w.writeCharacters("\n  ");
            w.writeEmptyElement("header");
            w.writeAttribute("creationtool", "Rapport");
            w.writeAttribute("creationtoolversion", "1");
            w.writeAttribute("segtype", "sentence");
            w.writeAttribute("o-tmf", "rapport-phrasebook");
            w.writeAttribute("adminlang", "en");
            w.writeAttribute("srclang", "en");
            w.writeAttribute("datatype", "plaintext");
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (ConceptEntry e : entries) {
                for (Map.Entry<String, List<Phrase>> unit : units(e).entrySet()) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("tu");
                    w.writeAttribute("tuid", unit.getKey());
                    prop(w, "x-category", e.concept().category());
                    if (!e.concept().tags().isEmpty()) {
                        prop(w, "x-tags", String.join(",", e.concept().tags()));
                    }
                    for (Map.Entry<String, String> t : e.concept().title().entrySet()) {
                        prop(w, "x-title-" + t.getKey(), t.getValue());
                    }
                    for (Phrase p : unit.getValue()) {
                        w.writeCharacters("\n      ");
                        w.writeStartElement("tuv");
                        w.writeAttribute("xml:lang", p.language());
                        for (Map.Entry<String, String> h : p.pronunciation().entrySet()) {
                            prop(w, "x-pronunciation-" + h.getKey(), h.getValue());
                        }
                        w.writeStartElement("seg");
                        w.writeCharacters(p.text());
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    w.writeCharacters("\n    ");
                    w.writeEndElement();
                }
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    /** Translation units of a concept: one per register and gender, gender-neutral phrases in each of them. */
    /**
     * Translation units of a concept: one per register and gender (a second way to say the same
     * thing in a language goes into a unit with "#2"); gender-neutral phrases also appear in the
     * gendered units of their register, for translators' context.
     */
    static Map<String, List<Phrase>> units(ConceptEntry e) {
        Map<String, List<Phrase>> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        // neutral units first, so an import meets the neutral phrase before the gendered units repeating it
        for (boolean neutral : new boolean[] {true, false}) {
            for (Phrase p : e.phrases()) {
                if ((p.gender() == null) != neutral) {
                    continue;
                }
                String key = p.language() + "|" + tuid(e.concept().id(), p.register(), p.gender());
                int n = seen.merge(key, 1, Integer::sum);
                String id = tuid(e.concept().id(), p.register(), p.gender()) + (n > 1 ? "#" + n : "");
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
        }
        for (Phrase p : e.phrases()) {
            if (p.gender() != null) {
                continue;
            }
            for (Gender g : new Gender[] {Gender.FEMALE, Gender.MALE}) {
                List<Phrase> unit = out.get(tuid(e.concept().id(), p.register(), g));
                if (unit != null && unit.stream().noneMatch(x -> x.language().equals(p.language()))) {
                    unit.add(p);
                }
            }
        }
        return out;
    }

    static String tuid(String concept, Register r, Gender g) {
        return concept + "#" + r.code() + (g == null ? "" : "/" + g.code());
    }

    private static void prop(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        w.writeStartElement("prop");
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** A parser that never reads DTDs or external entities (no XXE). */
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not allowed (" + systemId + ")");
        });
        return f;
    }

    public static ImportResult readTmx(InputStream in, List<ConceptEntry> existing) {
        Merge merge = new Merge(existing);
        int segments = 0;
        try {
            XMLStreamReader r = safeFactory().createXMLStreamReader(in);
            boolean sawTmx = false;
            String tuid = null;
            String category = null;
            List<String> tags = new ArrayList<>();
            Map<String, String> titles = new LinkedHashMap<>();
            List<String[]> tuvs = new ArrayList<>();
            Map<String, String> pron = new LinkedHashMap<>();
            String lang = null;
            StringBuilder seg = null;
            String propType = null;
            StringBuilder propText = null;
            boolean inTuv = false;
            int tuLine = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new PhrasebookException("the TMX contains a DTD; Rapport does not read DTDs or external "
                            + "entities (line " + r.getLocation().getLineNumber() + ")");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new PhrasebookException("line " + r.getLocation().getLineNumber() + ": the entity &"
                            + r.getLocalName() + "; is not allowed (entities are never resolved)");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "tmx":
                            sawTmx = true;
                            break;
                        case "tu":
                            tuid = r.getAttributeValue(null, "tuid");
                            category = null;
                            tags.clear();
                            titles.clear();
                            tuvs.clear();
                            tuLine = r.getLocation().getLineNumber();
                            break;
                        case "tuv":
                            lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                            if (lang == null) {
                                lang = r.getAttributeValue(null, "lang");
                            }
                            pron = new LinkedHashMap<>();
                            inTuv = true;
                            break;
                        case "seg":
                            seg = new StringBuilder();
                            break;
                        case "prop":
                            propType = r.getAttributeValue(null, "type");
                            propText = new StringBuilder();
                            break;
                        default:
                            break;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (seg != null) {
                        seg.append(r.getText());
                    } else if (propText != null) {
                        propText.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "prop":
                            if (propType != null && propText != null) {
                                String v = propText.toString().strip();
                                if (inTuv && propType.startsWith("x-pronunciation-")) {
                                    pron.put(propType.substring("x-pronunciation-".length()), v);
                                } else if ("x-category".equals(propType)) {
                                    category = v;
                                } else if ("x-tags".equals(propType)) {
                                    for (String t : v.split(",")) {
                                        if (!t.isBlank()) {
                                            tags.add(t.strip());
                                        }
                                    }
                                } else if (propType.startsWith("x-title-")) {
                                    titles.put(propType.substring("x-title-".length()), v);
                                }
                            }
                            propType = null;
                            propText = null;
                            break;
                        case "seg":
                            tuvs.add(new String[] {lang, seg.toString(), encode(pron)});
                            seg = null;
                            segments++;
                            break;
                        case "tuv":
                            inTuv = false;
                            break;
                        case "tu":
                            merge.unit(tuid, category, tags, titles, tuvs, "TU at line " + tuLine, PhrasebookFiles::decode);
                            break;
                        default:
                            break;
                    }
                }
            }
            if (!sawTmx) {
                throw new PhrasebookException("this is not a TMX file (no <tmx> element)");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": ";
            throw new PhrasebookException("the TMX is not valid XML: " + where + clean(e.getMessage()));
        }
        return new ImportResult(merge.result(), merge.problems, segments);
    }

    private static String clean(String msg) {
        String m = msg == null ? "" : msg;
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ').strip();
    }

    private static String encode(Map<String, String> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append('\u001f').append(v).append('\u001e'));
        return b.toString();
    }

    private static Map<String, String> decode(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : s.split("\u001e")) {
            int i = part.indexOf('\u001f');
            if (i > 0) {
                m.put(part.substring(0, i), part.substring(i + 1));
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- CSV

    public static void writeCsv(List<ConceptEntry> entries, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new))
                .get())) {
            for (ConceptEntry e : entries) {
                for (Phrase ph : e.phrases()) {
                    p.printRecord(e.concept().id(), e.concept().category(), ph.language(), ph.register().code(),
                            ph.gender() == null ? "" : ph.gender().code(), ph.text(),
                            ph.pronunciation().getOrDefault("en", ""), ph.pronunciation().getOrDefault("pl", ""),
                            ph.pronunciation().getOrDefault("cs", ""), ph.pronunciation().getOrDefault("de", ""),
                            ph.note().getOrDefault("en", ""));
                }
            }
        }
    }

    public static ImportResult readCsv(Reader in, List<ConceptEntry> existing) {
        Merge merge = new Merge(existing).perRow();
        Map<String, Integer> variants = new java.util.HashMap<>();
        int rows = 0;
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(in instanceof BufferedReader ? in : new BufferedReader(in))) {
            for (String col : List.of("concept", "language", "text")) {
                if (!p.getHeaderNames().contains(col)) {
                    throw new PhrasebookException("the CSV has no \"" + col + "\" column (expected: "
                            + String.join(", ", CSV_HEADER) + ")");
                }
            }
            for (CSVRecord r : p) {
                rows++;
                String where = "line " + p.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    merge.problems.add(where + ": " + r.size() + " fields, the header has " + p.getHeaderNames().size());
                    continue;
                }
                Map<String, String> pron = new LinkedHashMap<>();
                for (String l : List.of("en", "pl", "cs", "de")) {
                    String h = r.isMapped("pronunciation_" + l) ? r.get("pronunciation_" + l) : "";
                    if (!h.isBlank()) {
                        pron.put(l, h);
                    }
                }
                String id = r.get("concept");
                String register = r.isMapped("register") ? r.get("register") : "formal";
                String gender = r.isMapped("gender") ? r.get("gender") : "";
                String base = id + "#" + (register.isBlank() ? "formal" : register)
                        + (gender.isBlank() ? "" : "/" + gender);
                // a second row for the same language, register and gender is another way to say it
                int n = variants.merge(r.get("language") + "|" + base, 1, Integer::sum);
                String tuid = base + (n > 1 ? "#" + n : "");
                List<String[]> tuvs = new ArrayList<>();
                tuvs.add(new String[] {r.get("language"), r.get("text"), encode(pron)});
                merge.unit(tuid, r.isMapped("category") ? r.get("category") : null, List.of(), Map.of(), tuvs, where,
                        PhrasebookFiles::decode);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PhrasebookException("the CSV cannot be read after " + rows + " rows: " + root(e)
                    + "; nothing was imported");
        } catch (IOException e) {
            throw new PhrasebookException("the CSV cannot be read: " + e.getMessage());
        }
        return new ImportResult(merge.result(), merge.problems, rows);
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Normalises "pl-PL", "PL", "cs_CZ" to "pl", "cs"; null if not a language Rapport keeps. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String l = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        l = dash > 0 ? l.substring(0, dash) : l;
        return PhrasebookPack.LANGUAGES.contains(l) ? l : null;
    }
}
