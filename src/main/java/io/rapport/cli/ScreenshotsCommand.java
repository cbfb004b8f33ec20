package io.rapport.cli;

import io.rapport.app.AppServices;
import io.rapport.app.Screenshots;
import io.rapport.importer.ImportProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapport screenshots [DIR]}: every main view rendered with demo data, headless. */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Render every main view with demo data to PNG files (default target/screenshots/), "
                + "headless. Uses a fresh demo store, never your own data.")
final class ScreenshotsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Output folder (default target/screenshots).")
    Path dir;

    @Option(names = "--lang", paramLabel = "LANG", description = "UI language: en, pl, cs or de (default en).")
    String lang;

    @Override
    public Integer call() throws Exception {
        Path out = dir != null ? dir : Path.of("target", "screenshots");
        if (lang != null && !List.of("en", "pl", "cs", "de").contains(lang)) {
            throw new IllegalArgumentException("unknown language \"" + lang + "\" (use en, pl, cs or de)");
        }
        Screenshots.useHeadlessToolkit();
        Path data = Files.createTempDirectory("rapport-screenshots");
        try (AppServices services = AppServices.open(data)) {
            services.settings().set("agent.name", "anna.k");
            services.demo().generate(500, 4000, 42, ImportProgress.NONE);
            List<Path> files = new Screenshots(services, out, lang == null ? "en" : lang).run();
            files.forEach(f -> System.out.println(f));
        } finally {
            deleteTree(data);
        }
        javafx.application.Platform.exit();
        return 0;
    }

    private static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
