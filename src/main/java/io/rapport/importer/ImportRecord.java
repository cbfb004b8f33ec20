package io.rapport.importer;

import io.rapport.customer.CustomerDraft;
import io.rapport.customer.InteractionDraft;

/** One interaction read from a file, with the customer it belongs to and where it was found. */
public record ImportRecord(long line, CustomerDraft customer, InteractionDraft interaction) {
}
