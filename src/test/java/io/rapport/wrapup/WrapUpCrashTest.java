package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a Rapport that is typing a wrap-up (SIGKILL: no shutdown hook, no flush) and checks that
 * the next start finds the draft with at most the last second of typing missing.
 */
class WrapUpCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRapportLosesAtMostTheLastSecondOfTyping() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WrapUpCrashChild.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<long[]> typed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("TYPED ")) {
                    String[] p = line.split(" ");
                    typed.add(new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])});
                    if (typed.size() == 600) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(typed).as("the child typed").hasSize(600);
        long[] last = typed.get(typed.size() - 1);
        // the keystrokes of the last second before the kill may be lost, no more
        long secondBefore = typed.stream().filter(t -> t[1] <= last[1] - 1000).mapToLong(t -> t[0]).max().orElse(0);

        try (AppServices s = TestStores.open(dir)) {
            List<Draft> drafts = s.wrapUp().drafts();
            assertThat(drafts).as("the unfinished draft is there after the restart").hasSize(1);
            String summary = drafts.get(0).fields().summary();
            assertThat(WrapUpCrashChild.TEXT).startsWith(summary);
            assertThat((long) summary.length()).as("characters kept of %d typed", last[0])
                    .isGreaterThanOrEqualTo(secondBefore).isPositive();
        }
    }
}
