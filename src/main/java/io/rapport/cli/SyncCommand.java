package io.rapport.cli;

import io.rapport.config.Settings;
import io.rapport.sync.SyncEngine;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport sync ...}: team sync of this desktop's store with the hub. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync this desktop with the team's hub: show the state, or push and pull now.",
        subcommands = {SyncCommand.Status.class, SyncCommand.Now.class})
final class SyncCommand {
    static final String URL_KEY = "hub.url";
    static final String USER_KEY = "hub.user";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    RapportCommand root;

    /** The environment; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    /** Which hub: from rapport.properties (hub.url, hub.user), overridable; the password from the environment. */
    static final class Target {
        @Option(names = "--hub", paramLabel = "JDBC_URL",
                description = "The hub, e.g. jdbc:postgresql://hub.example.org:5432/rapport (default: hub.url in "
                        + "rapport.properties).")
        String url;

        @Option(names = "--user", paramLabel = "U", description = "Log in as U (default: hub.user in rapport.properties).")
        String user;

        SyncEngine engine(SyncCommand cmd) {
            var services = cmd.root.services();
            Settings settings = services.settings();
            String u = url != null ? url : settings.get(URL_KEY, null);
            if (u == null) {
                throw new IllegalArgumentException("no hub configured: set hub.url in " + settings.file()
                        + " or give --hub JDBC_URL");
            }
            String who = user != null ? user : settings.get(USER_KEY, null);
            return new SyncEngine(services.database(), u, who, cmd.env.apply(SyncEngine.PASSWORD_ENV));
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the hub, the user, the last successful sync, changes waiting to be sent and the last error.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            try (SyncEngine engine = target.engine(parent)) {
                SyncEngine.Status s = engine.status();
                System.out.println("hub:             " + s.hubUrl());
                System.out.println("user:            " + (s.user() == null ? "(from the URL or the OS)" : s.user()));
                System.out.println("last sync:       " + (s.lastSync() == null ? "never" : WHEN.format(s.lastSync())));
                System.out.printf("pending changes: %,d%n", s.pending());
                if (s.rejected() > 0) {
                    System.out.printf("refused by hub:  %,d (see the log)%n", s.rejected());
                }
                System.out.println("last error:      " + (s.lastError() == null ? "none" : s.lastError()));
            }
            return 0;
        }
    }

    @Command(name = "now", mixinStandardHelpOptions = true,
            description = {"Send this desktop's pending changes to the hub, then fetch everything new from it. "
                    + "Ctrl+C stops after the current batch; what was done is kept.",
                "The password is read from RAPPORT_HUB_PASSWORD."})
    static final class Now implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            try (SyncEngine engine = target.engine(parent);
                    Interrupts cancel = Interrupts.watch(Thread.currentThread())) {
                ProgressLine line = new ProgressLine(System.err, "pulling");
                SyncEngine.Report r = engine.syncNow(cancel::isCancelled,
                        (read, cursor, newest) -> line.update(read, Math.max(read, read + newest - cursor), null));
                line.done();
                System.out.printf("pushed %,d changes (%,d rows written on the hub%s)%n", r.pushedEntries(),
                        r.pushedRows(), r.rejected() == 0 ? "" : ", " + r.rejected() + " refused by the hub");
                System.out.printf("pulled %,d changes (%,d applied here)%n", r.pulledChanges(), r.applied());
                if (cancel.isCancelled()) {
                    System.out.println("stopped early; run `rapport sync now` again to finish");
                    return 130;
                }
                long left = engine.pending();
                if (left > 0) {
                    System.out.printf("%,d changes still pending%n", left);
                }
            }
            return 0;
        }
    }
}
