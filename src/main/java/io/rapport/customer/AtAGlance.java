package io.rapport.customer;

import java.util.List;

/**
 * What an agent needs before saying hello: what is still open, how the last contact went and
 * how often the customer has been in touch lately.
 */
public record AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days,
        java.util.Map<String, Integer> topicsLast30Days) {

    public AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days) {
        this(openIssues, lastContact, contactsLast30Days, java.util.Map.of());
    }
}
