package io.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code AREA.json} and prints the same figures as a table. */
final class BenchReport {
    private BenchReport() {
    }

    static Path write(Path outDir, String area, String dataset, List<Figure> figures) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("dataset", dataset);
        ArrayNode arr = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode o = arr.addObject();
            o.put("name", f.name());
            o.put("value", f.value());
            o.put("unit", f.unit());
            o.put("goal", f.goal());
            o.put("better", f.better());
            o.put("met", f.met());
        }
        Files.createDirectories(outDir);
        Path file = outDir.resolve(area + ".json");
        m.writeValue(file.toFile(), root);
        return file;
    }

    static void print(PrintStream out, String area, String dataset, List<Figure> figures) {
        out.println();
        out.println(area + " — " + dataset);
        out.printf("  %-38s %12s %-6s %10s  %s%n", "figure", "value", "unit", "goal", "met");
        for (Figure f : figures) {
            out.printf("  %-38s %12s %-6s %10s  %s%n", f.name(), fmt(f.value()), f.unit(),
                    ("lower".equals(f.better()) ? "≤ " : "≥ ") + fmt(f.goal()), f.met() ? "yes" : "NO");
        }
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format("%,d", (long) v);
        }
        return String.format("%,.3f", v);
    }
}
