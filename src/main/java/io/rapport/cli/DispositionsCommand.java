package io.rapport.cli;

import io.rapport.wrapup.DispositionTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport dispositions}: the team's wrap-up disposition codes. */
@Command(name = "dispositions", mixinStandardHelpOptions = true,
        description = {"Show, export or replace the team's two-level disposition codes (reason → detail) that "
                + "agents pick in the wrap-up form. The JSON format is the one of assets/wrapup/dispositions.json."})
final class DispositionsCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            description = "list (default), export FILE, import FILE, or reset (back to the shipped codes).")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Labels for list (default: en).")
    String lang;

    @Override
    public Integer call() throws Exception {
        var w = root.services().wrapUp();
        switch (action) {
            case "list":
                for (var r : w.dispositions().reasons()) {
                    System.out.println(r.code() + "  " + r.label(lang));
                    for (var d : r.details()) {
                        System.out.println("  " + d.code() + "  " + d.label(lang));
                    }
                }
                return 0;
            case "export":
                Files.writeString(need(), w.dispositions().toJson(), StandardCharsets.UTF_8);
                System.err.println("written to " + file);
                return 0;
            case "import":
                DispositionTree t = DispositionTree.parse(Files.readString(need(), StandardCharsets.UTF_8));
                w.saveDispositions(t);
                System.err.printf("%d reasons, %d details in force%n", t.reasons().size(),
                        t.reasons().stream().mapToInt(r -> r.details().size()).sum());
                return 0;
            case "reset":
                w.saveDispositions(DispositionTree.builtIn());
                System.err.println("the shipped disposition codes are in force again");
                return 0;
            default:
                throw new IllegalArgumentException("unknown action \"" + action + "\": use list, export, import or reset");
        }
    }

    private Path need() {
        if (file == null) {
            throw new IllegalArgumentException(action + " needs a FILE");
        }
        return file;
    }
}
