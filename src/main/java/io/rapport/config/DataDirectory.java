package io.rapport.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Rapport keeps its store and settings: {@code --data-dir}, else {@code RAPPORT_HOME},
 * else the platform's place for application data (XDG on Linux, %APPDATA% on Windows,
 * ~/Library/Application Support on macOS).
 */
public final class DataDirectory {
    public static final String STORE_FILE = "rapport.db";

    private DataDirectory() {
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path override, Map<String, String> env, String osName, String home) {
        if (override != null) {
            return override.toAbsolutePath();
        }
        String rh = env.get("RAPPORT_HOME");
        if (rh != null && !rh.isBlank()) {
            return Path.of(rh).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Rapport");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("rapport");
    }
}
