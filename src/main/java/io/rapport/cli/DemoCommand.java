package io.rapport.cli;

import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport demo}: a realistic contact-centre dataset for trying Rapport out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate demo customers and interactions (Polish, Czech, German and English) into the store, "
                + "or as a JSON Lines file with --out. Demo data is marked as such and never syncs to a team hub."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Option(names = "--customers", defaultValue = "500", description = "Number of customers (default 500).")
    int customers;

    @Option(names = "--interactions", defaultValue = "4000", description = "Number of interactions (default 4000).")
    int interactions;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same data.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines to FILE instead of the store.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (customers < 0 || interactions < 0) {
            throw new IllegalArgumentException("--customers and --interactions must not be negative");
        }
        if (interactions > 0 && customers == 0) {
            throw new IllegalArgumentException("interactions need at least one customer");
        }
        var services = root.services();
        if (out != null) {
            long n = services.demo().writeJsonLines(customers, interactions, seed, out);
            System.out.printf("wrote %,d interactions of %,d customers to %s%n", n, customers, out);
            return 0;
        }
        try (Interrupts cancel = Interrupts.watch(Thread.currentThread())) {
            return generate(services, cancel);
        }
    }

    private Integer generate(io.rapport.app.AppServices services, Interrupts cancel) {
        ProgressLine line = new ProgressLine(System.err, "generating");
        ImportReport r = services.demo().generate(customers, interactions, seed, new ImportProgress() {
            @Override
            public void update(long done, long total, long records) {
                line.update(done, total, String.format("%,d interactions", records));
            }

            @Override
            public boolean isCancelled() {
                return cancel.isCancelled();
            }
        });
        line.done();
        System.out.printf("demo data: %,d customers, %,d interactions added (%,d were already there) in %.1f s%n",
                r.newCustomers(), r.imported(), r.duplicates(), r.millis() / 1000.0);
        return r.isCancelled() ? 130 : r.fatal() != null ? 1 : 0;
    }
}
