package io.rapport.customer;

import java.time.Instant;

/** A correction added to a submitted note: who wrote it, when, and what. */
public record Amendment(String id, String interactionId, String agent, Instant createdAt, String text) {
}
