package io.rapport.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real app in a child JVM (headless, Monocle) on a given store, the way the launcher
 * does, and reads two things it reports: when the window was shown with the search box focused,
 * and its resident memory after a lookup and opening the busiest customer's history.
 */
final class StartupProbe {
    /** JVM options the installer's launcher uses too (see installer/). */
    static final List<String> APP_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAM=1g",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private final Path dataDir;

    StartupProbe(Path dataDir) {
        this.dataDir = dataDir;
    }

    List<Figure> measure(Path work, PrintStream log) throws Exception {
        List<Double> plain = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            plain.add(once(false, null, false).shownMs);
        }
        // the installer ships a class-data-sharing archive recorded from a real start (installer/build.sh);
        // record one the same way, then measure starts with it
        Path jsa = work.resolve("rapport.jsa");
        once(false, "-XX:ArchiveClassesAtExit=" + jsa, true);
        List<Double> withCds = new ArrayList<>();
        double rss = Double.NaN;
        for (int run = 0; run < 3; run++) {
            Result r = once(run == 2, "-XX:SharedArchiveFile=" + jsa, false);
            withCds.add(r.shownMs);
            if (run == 2) {
                rss = r.rssMb;
            }
        }
        plain.sort(Double::compare);
        withCds.sort(Double::compare);
        log.printf("  starts without archive %s ms, with archive %s ms%n", plain, withCds);
        List<Figure> f = new ArrayList<>();
        f.add(Figure.lower("cold_start_to_focused_search_ms", withCds.get(1), "ms", 2000));
        f.add(Figure.lower("cold_start_without_cds_archive_ms", plain.get(1), "ms", 2000));
        f.add(Figure.lower("resident_memory_busiest_open", rss, "MB", 300));
        return f;
    }

    private record Result(double shownMs, double rssMb) {
    }

    /** The app's jar with its lib folder (class-data sharing needs jars, not class folders). */
    private static String appClassPath() {
        String cp = System.getProperty("java.class.path");
        Path jar = Path.of("target", "rapport.jar");
        if (cp.contains("target/classes") && java.nio.file.Files.exists(jar)) {
            return jar.toString();
        }
        return cp;
    }

    private Result once(boolean session, String cds, boolean recordOnly) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(APP_JVM_OPTIONS);
        if (cds != null) {
            cmd.add(cds);
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        if (recordOnly) {
            cmd.add("-Drapport.exitAfterStart=true");
        }
        cmd.add("-Dglass.platform=Monocle");
        cmd.add("-Dmonocle.platform=Headless");
        cmd.add("-Dprism.order=sw");
        cmd.add("-Dheadless.geometry=1600x1000-32");
        cmd.add("-Drapport.startupReport=true");
        if (session) {
            cmd.add("-Drapport.benchSession=true");
        }
        cmd.add("-cp");
        cmd.add(appClassPath());
        cmd.add("io.rapport.Main");
        cmd.add("--data-dir");
        cmd.add(dataDir.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        double shown = Double.NaN;
        double rss = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("STARTUP_MS") && Double.isNaN(shown)) {
                    shown = (System.nanoTime() - t0) / 1e6;
                    if (!session && !recordOnly) {
                        break;
                    }
                } else if (line.startsWith("RSS_KB ")) {
                    rss = Long.parseLong(line.substring(7).strip()) / 1024.0;
                    break;
                } else if (line.startsWith("BENCH_ERROR")) {
                    throw new IllegalStateException(line);
                }
            }
            if (!recordOnly) {
                p.destroy();
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (Double.isNaN(shown)) {
            throw new IllegalStateException("the app did not report its start (exit " + p.exitValue() + ")");
        }
        return new Result(shown, rss);
    }
}
