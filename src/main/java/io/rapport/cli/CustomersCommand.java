package io.rapport.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport customers merge|undo-merge|duplicates}. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Find and merge duplicate customers, and undo a merge.",
        subcommands = {CustomersCommand.Merge.class, CustomersCommand.UndoMerge.class,
            CustomersCommand.Duplicates.class})
final class CustomersCommand {
    @ParentCommand
    RapportCommand root;

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge MERGED into SURVIVOR: its contacts, phones and e-mails move over. Prints the merge id.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        CustomersCommand parent;

        @Parameters(index = "0", paramLabel = "SURVIVOR")
        String survivor;

        @Parameters(index = "1", paramLabel = "MERGED")
        String merged;

        @Override
        public Integer call() {
            var s = parent.root.services();
            String id = s.merges().merge(survivor, merged, s.settings().agentName());
            System.out.println("merged; undo with: rapport customers undo-merge " + id);
            return 0;
        }
    }

    @Command(name = "undo-merge", mixinStandardHelpOptions = true, description = "Undo a merge by its id.")
    static final class UndoMerge implements Callable<Integer> {
        @ParentCommand
        CustomersCommand parent;

        @Parameters(paramLabel = "MERGE_ID")
        String mergeId;

        @Override
        public Integer call() {
            parent.root.services().merges().undo(mergeId);
            System.out.println("merge " + mergeId + " undone");
            return 0;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "List customers who share a name (possible duplicates).")
    static final class Duplicates implements Callable<Integer> {
        @ParentCommand
        CustomersCommand parent;

        @Override
        public Integer call() {
            var pairs = parent.root.services().merges().duplicateNamePairs(200);
            if (pairs.isEmpty()) {
                System.out.println("no customers share a name");
            }
            for (String[] p : pairs) {
                System.out.printf("%-30s %s %s%n", p[2], p[0], p[1]);
            }
            return 0;
        }
    }
}
