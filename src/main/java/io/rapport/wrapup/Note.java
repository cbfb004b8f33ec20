package io.rapport.wrapup;

import io.rapport.customer.Amendment;
import io.rapport.customer.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A submitted wrap-up note, as stored (redacted) and exported. */
public record Note(String id, String interactionId, String customerId, String customerName, String agent,
        Channel channel, Instant contactStartedAt, Instant contactEndedAt, String reason, String detail,
        WrapUpStatus status, String summary, String nextSteps, LocalDate followUpDue, String followUpOwner,
        Integer sentiment, List<String> tags, int acwSeconds, Map<String, Integer> redactions, Instant submittedAt,
        List<Amendment> amendments) {
}
