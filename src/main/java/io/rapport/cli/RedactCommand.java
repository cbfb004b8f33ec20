package io.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.wrapup.NoteText;
import io.rapport.wrapup.redact.Finding;
import io.rapport.wrapup.redact.Redaction;
import io.rapport.wrapup.redact.Redactor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapport redact [FILE|-]}: the text as a wrap-up note would store it. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Print the text as Rapport would store it in a note: payment card numbers (Luhn), a CVV next to "
                + "a card, IBANs and Czech account numbers (checksums), Polish PESEL and Czech rodné číslo "
                + "(checksums) replaced; order numbers, phone numbers and dates kept. A summary of what was removed "
                + "goes to standard error (or into the JSON with --json). Same code as the wrap-up form."})
final class RedactCommand implements Callable<Integer> {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The text, UTF-8 (default or -: standard input).")
    String file;

    @Option(names = "--json", description = "Print {\"text\": …, \"removed\": [{\"kind\", \"start\", \"end\", "
            + "\"replacement\"}], \"counts\": {…}} instead of the text. Offsets are in the cleaned input.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String text = read();
        String clean = NoteText.clean(text);
        Redaction r = Redactor.redact(clean);
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : r.findings()) {
            counts.merge(f.kind().id(), 1, Integer::sum);
        }
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode out = m.createObjectNode().put("text", r.text());
            ArrayNode removed = out.putArray("removed");
            for (Finding f : r.findings()) {
                removed.addObject().put("kind", f.kind().id()).put("start", f.start()).put("end", f.end())
                        .put("replacement", f.replacement());
            }
            ObjectNode c = out.putObject("counts");
            counts.forEach(c::put);
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            System.out.print(r.text());
            if (!r.text().endsWith("\n")) {
                System.out.println();
            }
            System.err.println(counts.isEmpty() ? "nothing sensitive found"
                    : "removed: " + counts.toString().replaceAll("[{}]", "").replace("=", " "));
        }
        return 0;
    }

    private String read() throws java.io.IOException {
        if (file == null || file.equals("-")) {
            return readLimited(System.in, "standard input");
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(file + " is not a readable file");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return readLimited(in, file);
        }
    }

    private static String readLimited(InputStream in, String what) throws java.io.IOException {
        byte[] b = in.readNBytes((int) MAX_BYTES + 1);
        if (b.length > MAX_BYTES) {
            throw new IllegalArgumentException(what + " is larger than 64 MB; split it first");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
