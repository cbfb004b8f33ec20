package io.rapport.cli;

import io.rapport.bench.BenchArea;
import io.rapport.bench.Benchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapport bench [AREA…] [--out DIR]}: the performance goals, measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the performance goals on generated data and write AREA.json for each area "
                + "(default all areas, into target/bench/), printing the same as a table.",
            "Areas: history, empathy, phrasebook, wrapup."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "AREA", description = "Areas to run (default: all).")
    List<String> areas;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write AREA.json (default target/bench).")
    Path out;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "Scale the generated data (1.0 = the sizes the goals are stated for).")
    double scale;

    @Option(names = "--no-child", description = "Skip the measurements that start the app in a child process.")
    boolean noChild;

    @Override
    public Integer call() throws Exception {
        List<BenchArea> all = Benchmarks.all(scale, !noChild);
        List<BenchArea> chosen = new ArrayList<>();
        if (areas == null || areas.isEmpty()) {
            chosen.addAll(all);
        } else {
            for (String a : areas) {
                chosen.add(all.stream().filter(x -> x.name().equals(a)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("unknown area \"" + a + "\" (known: "
                                + String.join(", ", all.stream().map(BenchArea::name).toList()) + ")")));
            }
        }
        Path dir = out != null ? out : Path.of("target", "bench");
        Path work = Files.createTempDirectory("rapport-bench");
        try {
            boolean allMet = Benchmarks.run(chosen, dir, work, System.out);
            return allMet ? 0 : 3;
        } finally {
            Benchmarks.deleteTree(work);
        }
    }
}
