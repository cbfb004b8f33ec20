package io.rapport.customer;

import java.time.Instant;

/** One contact with a customer: a call, an e-mail, a chat, a visit, a note. */
public record Interaction(
        String id,
        String customerId,
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

    public boolean isOpen() {
        return Outcome.isOpen(outcome);
    }
}
