package io.rapport.cli;

import io.rapport.sync.Hub;
import io.rapport.sync.HubRole;
import io.rapport.sync.LocalHub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport hub ...}: set up and run the team's PostgreSQL hub (operators only). */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = "Set up the team's PostgreSQL hub: its schema and roles, its users, erasure; "
                + "or run a local hub for trying team sync.",
        subcommands = {HubCommand.Init.class, HubCommand.AddUser.class, HubCommand.Local.class,
            HubCommand.EraseCustomer.class})
final class HubCommand {
    static final String PASSWORD_ENV = "RAPPORT_HUB_PASSWORD";
    static final String URL_ENV = "RAPPORT_HUB_URL";
    static final String USER_ENV = "RAPPORT_HUB_USER";

    @ParentCommand
    RapportCommand root;

    /** The environment; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    /** How to reach the hub: --url, --user, and the password from the environment or a file. */
    static final class Connection {
        @Option(names = "--url", paramLabel = "JDBC_URL",
                description = "The hub, e.g. jdbc:postgresql://hub.example.org:5432/rapport (default: RAPPORT_HUB_URL).")
        String url;

        @Option(names = "--user", paramLabel = "U",
                description = "Log in as U (default: RAPPORT_HUB_USER, else the user named in the URL or the OS user).")
        String user;

        @Option(names = "--hub-password-file", paramLabel = "F",
                description = "Read the password of U from F (default: the RAPPORT_HUB_PASSWORD environment variable).")
        Path passwordFile;

        Hub open(HubCommand hub) {
            String u = url != null ? url : hub.env.apply(URL_ENV);
            if (u == null || u.isBlank()) {
                throw new IllegalArgumentException("no hub URL: give --url JDBC_URL or set " + URL_ENV);
            }
            String who = user != null ? user : hub.env.apply(USER_ENV);
            String pw = passwordFile != null ? readPassword(passwordFile) : hub.env.apply(PASSWORD_ENV);
            return Hub.connect(u, who, pw);
        }
    }

    static String readPassword(Path file) {
        try {
            String pw = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (pw.isEmpty()) {
                throw new IllegalArgumentException("the password file " + file + " is empty");
            }
            return pw;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create or update the hub schema 'rapport' and its group roles (idempotent). Run as the "
                    + "role that is to own the hub: it needs CREATE on the database and CREATEROLE. Desktops never "
                    + "log in as that role; add users for them with `rapport hub add-user`."})
    static final class Init implements Callable<Integer> {
        @ParentCommand
        HubCommand parent;

        @Mixin
        Connection connection;

        @Option(names = "--password-file", paramLabel = "F", description = "Same as --hub-password-file.")
        Path passwordFile;

        @Override
        public Integer call() {
            if (passwordFile != null) {
                connection.passwordFile = passwordFile;
            }
            try (Hub hub = connection.open(parent)) {
                int before = hub.schemaVersion();
                int after = hub.init();
                if (before == after) {
                    System.out.printf("the hub is up to date (schema version %d)%n", after);
                } else {
                    System.out.printf("the hub is at schema version %d (was %d)%n", after, before);
                }
            }
            return 0;
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = {"Add a login for NAME with a role. Run as the hub's owner. Without --password-file a "
                    + "password is generated and printed once."})
    static final class AddUser implements Callable<Integer> {
        @ParentCommand
        HubCommand parent;

        @Mixin
        Connection connection;

        @Parameters(paramLabel = "NAME", description = "The login (lower case, e.g. anna.kovacs).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "agent, lead, trainer or admin.")
        String role;

        @Option(names = "--team", paramLabel = "T", description = "The team (leads review their own team's notes).")
        String team;

        @Option(names = "--password-file", paramLabel = "F", description = "The new user's password, read from F.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            HubRole r = HubRole.parse(role);
            String pw = newPasswordFile != null ? readPassword(newPasswordFile) : null;
            try (Hub hub = connection.open(parent)) {
                boolean generated = pw == null;
                if (generated) {
                    pw = Hub.newPassword();
                }
                hub.addUser(name, r, team, pw);
                System.out.printf("added %s (%s%s)%n", name, r.key(), team == null ? "" : ", team " + team);
                if (generated) {
                    System.out.println("password: " + pw);
                    System.out.println("(shown once: pass it on securely)");
                }
            }
            return 0;
        }
    }

    @Command(name = "erase-customer", mixinStandardHelpOptions = true,
            description = {"Erase a customer's personal data on the hub (right to erasure): blanks the profile, "
                    + "contact points and the text of interactions, notes and follow-ups, tombstones the customer "
                    + "and logs it; desktops apply it on their next sync. Run as an admin or the owner."})
    static final class EraseCustomer implements Callable<Integer> {
        @ParentCommand
        HubCommand parent;

        @Mixin
        Connection connection;

        @Parameters(paramLabel = "ID", description = "The customer's id.")
        String id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Kept in the audit log (e.g. the request's ticket).")
        String reason;

        @Override
        public Integer call() {
            try (Hub hub = connection.open(parent)) {
                hub.eraseCustomer(id, reason);
            }
            System.out.println("customer " + id + " erased on the hub");
            return 0;
        }
    }

    @Command(name = "local", mixinStandardHelpOptions = true,
            description = {"Run a hub on this machine (embedded PostgreSQL, loopback only) until Ctrl+C. Its data "
                    + "stays in DIR (default: the data directory's 'hub' folder); the first run creates the hub "
                    + "and the user, later runs reuse them."})
    static final class Local implements Callable<Integer> {
        @ParentCommand
        HubCommand parent;

        @Option(names = "--port", paramLabel = "P", description = "Listen on P (default: " + LocalHub.DEFAULT_PORT + ").")
        int port = LocalHub.DEFAULT_PORT;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where the hub's data lives.")
        Path dir;

        @Option(names = "--user", paramLabel = "NAME", description = "The user to create (default: agent).")
        String user = "agent";

        @Option(names = "--role", paramLabel = "ROLE", description = "Its role (default: agent).")
        String role = "agent";

        @Option(names = "--team", paramLabel = "T", description = "Its team (default: local).")
        String team = "local";

        @Override
        public Integer call() throws InterruptedException {
            Path folder = dir != null ? dir : parent.root.dataDirectory().resolve("hub");
            LocalHub hub = LocalHub.start(folder, port, user, HubRole.parse(role), team);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                hub.close();
                stopped.countDown();
            }, "rapport-hub-stop"));
            LocalHub.Login l = hub.login();
            System.out.println("Rapport hub running (data in " + hub.dataDirectory() + ")");
            System.out.println("  URL:      " + l.url());
            System.out.println("  user:     " + l.user() + " (" + l.role().key() + (l.created() ? ", new" : "") + ")");
            System.out.println("  password: " + (l.password() != null ? l.password() : "(set earlier, not kept here)"));
            System.out.println("  owner:    " + LocalHub.OWNER + ", password in " + hub.ownerPasswordFile());
            System.out.println("Press Ctrl+C to stop.");
            System.out.flush();
            stopped.await();
            return 0;
        }
    }
}
