package io.rapport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line with Rapport's error handling: one line saying what was wrong, non-zero exit. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(RapportCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("rapport " + commandLine.getCommandName() + ": " + oneLine(ex));
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("rapport " + ex.getCommandLine().getCommandName() + ": " + oneLine(ex)
                    + " (see --help)");
            err.flush();
            return 2;
        });
        return cl;
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ').strip();
    }
}
