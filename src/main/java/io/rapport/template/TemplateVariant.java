package io.rapport.template;

import java.time.Instant;

/**
 * A template in one language. {@code needsReview} is set when another language's variant
 * changed after this one, until someone updates or confirms it.
 */
public record TemplateVariant(String language, String title, String body, int version, boolean needsReview,
        String reviewReason, String updatedBy, Instant updatedAt) {
}
