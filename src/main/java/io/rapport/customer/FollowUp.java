package io.rapport.customer;

import java.time.LocalDate;

/** A promise to get back to a customer by a date, owned by an agent. */
public record FollowUp(String id, String customerId, String customerName, String interactionId, String owner,
        LocalDate due, String what, String createdBy, Long doneAt) {

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && due.isBefore(today);
    }

    public boolean isDueToday(LocalDate today) {
        return doneAt == null && due.isEqual(today);
    }
}
