package io.rapport.cli;

import io.rapport.app.AppServices;
import io.rapport.config.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code rapport}: with a subcommand it runs headless; without one it opens the window
 * (the {@code gui} action given by the launcher).
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rapport, the agent desktop. Without a command it opens the window.",
        subcommands = {LookupCommand.class, ImportCommand.class, DemoCommand.class, BackupCommand.class,
            CheckCommand.class, CustomersCommand.class, ScreenshotsCommand.class, BenchCommand.class,
            CoachCommand.class, TemplatesCommand.class, PhrasebookCommand.class, RedactCommand.class,
            ExportCommand.class, DispositionsCommand.class, HubCommand.class})
public final class RapportCommand implements Runnable {
    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where the store and settings live (default: RAPPORT_HOME or the platform's data folder).")
    Path dataDir;

    private final Runnable gui;
    private AppServices services;

    public RapportCommand(Runnable gui) {
        this.gui = gui;
    }

    @Override
    public void run() {
        gui.run();
    }

    /** The data directory chosen by option, environment or platform. */
    public Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    /** Opens the store on first use; closed by {@link #close()}. */
    public AppServices services() {
        if (services == null) {
            services = AppServices.open(dataDirectory());
        }
        return services;
    }

    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
