package io.rapport.customer;

import java.time.Instant;

/** An interaction to be stored for a customer. */
public record InteractionDraft(
        Channel channel,
        Direction direction,
        Instant startedAt,
        Instant endedAt,
        String agent,
        String subject,
        String body,
        String outcome,
        Integer sentiment,
        String topic,
        String orderNumber,
        String sourceSystem,
        String sourceId) {
}
