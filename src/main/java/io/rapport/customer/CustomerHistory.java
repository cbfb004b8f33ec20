package io.rapport.customer;

/** Everything the history pane shows above the timeline, loaded in one go. */
public record CustomerHistory(Customer customer, CustomerStats stats, AtAGlance glance) {
}
