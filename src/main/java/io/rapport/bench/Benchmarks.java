package io.rapport.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The list of benchmark areas and the loop that runs them. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static List<BenchArea> all(double scale, boolean childProcess) {
        return List.of(new HistoryBench((int) (100_000 * scale), (int) (1_000_000 * scale), childProcess),
                new EmpathyBench(), new PhrasebookBench(), new WrapUpBench());
    }

    /** Runs the areas, writes AREA.json into {@code out}, prints tables; true if every goal was met. */
    public static boolean run(List<BenchArea> areas, Path out, Path work, PrintStream print) throws Exception {
        boolean allMet = true;
        for (BenchArea a : areas) {
            Path w = work.resolve(a.name());
            Files.createDirectories(w);
            List<Figure> figures = a.run(w, System.err);
            Path file = BenchReport.write(out, a.name(), a.dataset(), figures);
            BenchReport.print(print, a.name(), a.dataset(), figures);
            print.println("  → " + file);
            allMet &= figures.stream().allMatch(Figure::met);
            deleteTree(w);
        }
        return allMet;
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // scratch data left in the temp folder is harmless
        }
    }
}
