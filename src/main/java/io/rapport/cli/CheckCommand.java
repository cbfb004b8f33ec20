package io.rapport.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport check}: is the store sound? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store's integrity (quick by default, every page with --full) and print its size.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Option(names = "--full", description = "Read every page (slower).")
    boolean full;

    @Override
    public Integer call() {
        var s = root.services();
        List<String> problems = s.database().checkIntegrity(full);
        System.out.printf("store      %s%n", s.database().file());
        System.out.printf("size       %,d bytes%n", s.database().sizeOnDisk());
        System.out.printf("customers  %,d%n", s.customers().count());
        System.out.printf("contacts   %,d%n", s.interactions().count());
        if (problems.isEmpty()) {
            System.out.println("integrity  ok");
            return 0;
        }
        System.out.println("integrity  DAMAGED:");
        problems.stream().limit(50).forEach(p -> System.out.println("  " + p));
        return 1;
    }
}
