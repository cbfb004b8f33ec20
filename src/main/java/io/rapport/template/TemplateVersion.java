package io.rapport.template;

import java.time.Instant;

/** One saved version of a template variant. */
public record TemplateVersion(int version, String title, String body, String author, Instant createdAt) {
}
