package io.rapport.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The agent's settings in {@code rapport.properties} in the data directory: UI language and
 * theme, agent name, the phone region for numbers typed without a country code, the screen-pop
 * endpoint, and (for team sync) the hub. Never holds a password.
 */
public final class Settings {
    public static final String FILE = "rapport.properties";

    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Loads the settings (defaults if the file does not exist or cannot be read). */
    public static Settings load(Path dataDir) {
        Settings s = new Settings(dataDir.resolve(FILE));
        if (Files.isReadable(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // a damaged settings file falls back to defaults; it is rewritten on the next save
            }
        }
        return s;
    }

    /** Writes the file atomically, owner-only. */
    public synchronized void save() throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "rapport", ".properties");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        try (OutputStream out = Files.newOutputStream(tmp);
                var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            props.store(w, "Rapport settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public synchronized String get(String key, String def) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? def : v.strip();
    }

    public synchronized void set(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
    }

    /** UI language: en, pl, cs or de; from the OS locale when not set. */
    public String uiLanguage() {
        String v = get("ui.language", "auto");
        if (!"auto".equals(v) && Languages.UI.contains(v)) {
            return v;
        }
        String os = Locale.getDefault().getLanguage();
        return Languages.UI.contains(os) ? os : "en";
    }

    public String theme() {
        return "dark".equals(get("ui.theme", "light")) ? "dark" : "light";
    }

    public String agentName() {
        return get("agent.name", System.getProperty("user.name", "agent"));
    }

    /** ISO region for numbers typed without a country code (PL, CZ, DE, GB …). */
    public String phoneRegion() {
        return get("phone.region", "PL").toUpperCase(Locale.ROOT);
    }

    public boolean screenPopEnabled() {
        return Boolean.parseBoolean(get("screenpop.enabled", "false"));
    }

    public int screenPopPort() {
        try {
            return Integer.parseInt(get("screenpop.port", "8765"));
        } catch (NumberFormatException e) {
            return 8765;
        }
    }

    /** The shared token softphones send; created on first use. */
    public synchronized String screenPopToken() {
        String t = get("screenpop.token", null);
        if (t == null) {
            byte[] b = new byte[16];
            new SecureRandom().nextBytes(b);
            t = HexFormat.of().formatHex(b);
            set("screenpop.token", t);
        }
        return t;
    }

    public Path file() {
        return file;
    }

    /** Reads settings from a stream (tests). */
    public static Settings of(Path dataDir, InputStream in) throws IOException {
        Settings s = new Settings(dataDir.resolve(FILE));
        s.props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        return s;
    }
}
