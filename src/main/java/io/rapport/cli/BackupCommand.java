package io.rapport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport backup FILE}: a consistent copy of the live store. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the store to FILE with SQLite's online backup (safe while Rapport is running).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Parameters(paramLabel = "FILE", description = "Where to write the copy.")
    Path target;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        var db = root.services().database();
        Path t = target.toAbsolutePath();
        if (t.equals(db.file().toAbsolutePath())) {
            throw new IllegalArgumentException("FILE is the store itself; choose another path");
        }
        if (Files.exists(t) && !force) {
            throw new IllegalArgumentException(t + " exists; use --force to overwrite it");
        }
        if (t.getParent() != null && !Files.isDirectory(t.getParent())) {
            throw new IllegalArgumentException("the folder " + t.getParent() + " does not exist");
        }
        try (Interrupts cancel = Interrupts.watch(Thread.currentThread())) {
            return copy(db, t, cancel);
        }
    }

    private Integer copy(io.rapport.store.Database db, Path t, Interrupts cancel) throws java.io.IOException {
        ProgressLine line = new ProgressLine(System.err, "backing up");
        db.backup(t, (done, total) -> {
            line.update(done, total, null);
            return !cancel.isCancelled();
        });
        line.done();
        System.out.printf("backup written to %s (%,d bytes)%n", t, Files.size(t));
        return 0;
    }
}
