package io.rapport.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test files from src/test/resources/fixtures, copied where a test wants them. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
