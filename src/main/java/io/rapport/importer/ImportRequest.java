package io.rapport.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * What to import and how: the file, its format, a column mapping for CSV, an encoding that
 * overrides detection, the time zone of times written without one, and the e-mail domains that
 * are ours (messages from them are outbound).
 */
public record ImportRequest(Path file, ImportFormat format, Path mapping, Charset encoding, ZoneId zone,
        Set<String> ourDomains) {
}
