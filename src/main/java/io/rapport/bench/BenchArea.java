package io.rapport.bench;

import java.nio.file.Path;
import java.util.List;

/** One area of the benchmark: it makes its own data, warms up and measures the real code path. */
public interface BenchArea {
    String name();

    /** What the figures were measured on, in one line. */
    String dataset();

    /** Runs the area; {@code work} is a scratch folder; {@code log} receives progress lines. */
    List<Figure> run(Path work, java.io.PrintStream log) throws Exception;
}
