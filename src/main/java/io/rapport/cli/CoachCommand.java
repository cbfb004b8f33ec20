package io.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.template.coach.Coach;
import io.rapport.template.coach.CoachContext;
import io.rapport.template.coach.CoachReport;
import io.rapport.template.coach.RulePacks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport coach}: the empathy coach on a text, for checking batches of sent e-mails. */
@Command(name = "coach", mixinStandardHelpOptions = true,
        description = {"Check a reply (FILE or - for standard input) for acknowledgement, apology, ownership, cause, "
                + "impact, action, a next step with a time and the customer's name, and for blaming or cold "
                + "phrases, jargon, capitals and walls of text. Prints JSON with each element found or missing "
                + "and the matched text."})
final class CoachCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The text (default: standard input).")
    String file;

    @Option(names = "--lang", paramLabel = "LANG", description = "pl, cs, en or de (default: guessed from the text).")
    String lang;

    @Option(names = "--lines", description = "Check each line as a separate text (one reply per line).")
    boolean lines;

    @Option(names = "--name", paramLabel = "NAME", description = "The customer's name or formal address, to check it is used.")
    List<String> names;

    @Option(names = "--eval", description = "FILE is a labelled evaluation set: print precision, recall and every miss.")
    boolean eval;

    @Override
    public Integer call() throws Exception {
        if (lang != null && !RulePacks.LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown language \"" + lang + "\" (use pl, cs, en or de)");
        }
        String text;
        if (file == null || "-".equals(file)) {
            try (InputStream in = System.in) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(file + " does not exist");
            }
            text = Files.readString(p, StandardCharsets.UTF_8);
        }
        RulePacks packs = RulePacks.load(root.dataDirectory().resolve("coach"));
        packs.problems().forEach(p -> System.err.println("rapport coach: " + p));
        Coach coach = new Coach(packs.packs(), CliPhrases.load());
        CoachContext ctx = new CoachContext(names == null ? List.of() : names, true, List.of());
        if (eval) {
            return evaluate(coach, text);
        }
        ObjectMapper m = new ObjectMapper();
        if (lines) {
            ArrayNode arr = m.createArrayNode();
            int n = 0;
            for (String line : text.split("\\R")) {
                n++;
                if (!line.isBlank()) {
                    ObjectNode o = toJson(m, coach.check(line, lang, ctx));
                    o.put("line", n);
                    arr.add(o);
                }
            }
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else {
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(
                    toJson(m, coach.check(text, lang, ctx))));
        }
        return 0;
    }

    private Integer evaluate(Coach coach, String json) throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new ObjectMapper().readTree(json);
        String language = lang != null ? lang : root.path("language").asText("en");
        var replies = io.rapport.template.coach.EvalSet.parse(root, language);
        var scores = io.rapport.template.coach.EvalSet.score(coach, replies);
        System.out.printf("%d replies (%s)%n", replies.size(), language);
        scores.forEach((el, s) -> {
            System.out.printf("%-12s precision %.2f  recall %.2f  (tp %d, fp %d, fn %d)%n", el.id(), s.precision(),
                    s.recall(), s.tp, s.fp, s.fn);
            s.misses.forEach(m -> System.out.println("    " + m));
        });
        return 0;
    }

    static ObjectNode toJson(ObjectMapper m, CoachReport r) {
        ObjectNode o = m.createObjectNode();
        o.put("language", r.language());
        ObjectNode els = o.putObject("elements");
        for (CoachReport.Finding f : r.elements()) {
            ObjectNode e = els.putObject(f.element().id());
            e.put("status", f.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (f.span() != null) {
                e.put("match", f.span().text());
                e.put("start", f.span().start());
                e.put("end", f.span().end());
            }
            if (!f.suggestions().isEmpty()) {
                ArrayNode s = e.putArray("suggestions");
                f.suggestions().forEach(x -> s.add(x.text()));
            }
        }
        ArrayNode w = o.putArray("warnings");
        for (CoachReport.Flag f : r.warnings()) {
            ObjectNode x = w.addObject();
            x.put("type", f.id());
            x.put("match", f.span().text());
            x.put("start", f.span().start());
            x.put("end", f.span().end());
        }
        return o;
    }
}
