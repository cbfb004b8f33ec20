package io.rapport.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport templates export|import FILE}: template packs as JSON. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Export all templates as a JSON pack, or import one (checked whole first).",
        subcommands = {TemplatesCommand.Export.class, TemplatesCommand.Import.class})
final class TemplatesCommand {
    @ParentCommand
    RapportCommand root;

    io.rapport.template.LocalTemplateService service() {
        var t = root.services().templates();
        t.seedStarterPack();
        return t;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write every template to FILE (JSON).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        TemplatesCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            Files.writeString(file, parent.service().exportPack(), StandardCharsets.UTF_8);
            System.out.printf("%,d templates written to %s%n", parent.service().all().size(), file);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a JSON pack: templates with the same id are updated (old versions kept).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        TemplatesCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " does not exist");
            }
            int n = parent.service().importPack(Files.readString(file, StandardCharsets.UTF_8));
            System.out.printf("%,d templates imported%n", n);
            return 0;
        }
    }
}
