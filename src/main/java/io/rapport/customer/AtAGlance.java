package io.rapport.customer;

import java.util.List;

/**
 * What an agent needs before saying hello: what is still open, how the last contact went and
 * how often the customer has been in touch lately.
 */
public record AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days) {
}
