package io.rapport;

import io.rapport.app.RapportApp;
import io.rapport.cli.Cli;
import io.rapport.cli.RapportCommand;
import javafx.application.Application;

/**
 * The entry point. Deliberately not a JavaFX {@code Application} (the JVM would then demand
 * JavaFX modules on the module path): with a subcommand Rapport runs headless, without one it
 * launches the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RapportCommand[] holder = new RapportCommand[1];
        RapportCommand root = new RapportCommand(() -> Application.launch(RapportApp.class,
                RapportApp.DATA_DIR_PARAM + holder[0].dataDirectory()));
        holder[0] = root;
        int code;
        try {
            code = Cli.create(root).execute(args);
        } finally {
            root.close();
        }
        if (args.length > 0 || code != 0) {
            System.exit(code);
        }
    }
}
