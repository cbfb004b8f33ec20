package io.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.phrasebook.ConceptEntry;
import io.rapport.phrasebook.Phrase;
import io.rapport.phrasebook.PhraseIndex;
import io.rapport.phrasebook.PhrasebookFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport phrasebook import|export|search}. */
@Command(name = "phrasebook", mixinStandardHelpOptions = true,
        description = "Import and export the phrasebook (TMX 1.4 or CSV, by extension) and search it.",
        subcommands = {PhrasebookCommand.Import.class, PhrasebookCommand.Export.class, PhrasebookCommand.Search.class})
final class PhrasebookCommand {
    @ParentCommand
    RapportCommand root;

    io.rapport.phrasebook.LocalPhrasebookService service() {
        var p = root.services().phrasebook();
        p.seedBuiltIn();
        return p;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Merge a TMX or CSV file into the phrasebook; nothing is stored if the file is unusable.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        PhrasebookCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            PhrasebookFiles.ImportResult r = parent.service().importFile(file);
            System.out.printf("%,d segments read, %,d concepts added or updated%n", r.segments(), r.entries().size());
            r.problems().forEach(p -> System.out.println("  " + p));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the phrasebook to a TMX or CSV file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PhrasebookCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            int n = parent.service().exportFile(file);
            System.out.printf("%,d concepts written to %s%n", n, file);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find phrases in any language, without diacritics; shows the phrase in --lang.")
    static final class Search implements Callable<Integer> {
        @ParentCommand
        PhrasebookCommand parent;

        @Parameters(arity = "1..*", paramLabel = "TEXT")
        List<String> text;

        @Option(names = "--lang", paramLabel = "LANG", description = "Language of the phrases to show (default: all).")
        String lang;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<ConceptEntry> hits = new PhraseIndex(parent.service().all()).search(String.join(" ", text), null, 50);
            ObjectMapper m = new ObjectMapper();
            ArrayNode arr = m.createArrayNode();
            for (ConceptEntry e : hits) {
                ObjectNode o = arr.addObject();
                o.put("concept", e.concept().id());
                o.put("category", e.concept().category());
                o.put("title", e.concept().titleIn("en"));
                ArrayNode ps = o.putArray("phrases");
                for (Phrase p : e.phrases()) {
                    if (lang == null || lang.equals(p.language())) {
                        ObjectNode x = ps.addObject();
                        x.put("language", p.language());
                        x.put("register", p.register().code());
                        x.put("gender", p.gender() == null ? null : p.gender().code());
                        x.put("text", p.text());
                    }
                }
            }
            if (json) {
                System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            } else if (hits.isEmpty()) {
                System.out.println("No phrase matches.");
            } else {
                for (var n : arr) {
                    System.out.println(n.get("title").asText() + "  [" + n.get("concept").asText() + "]");
                    n.get("phrases").forEach(p -> System.out.println("  " + p.get("language").asText() + " "
                            + p.get("register").asText() + (p.get("gender").isNull() ? "" : "/" + p.get("gender").asText())
                            + ": " + p.get("text").asText()));
                }
            }
            return 0;
        }
    }
}
