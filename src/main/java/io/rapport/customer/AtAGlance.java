package io.rapport.customer;

import java.util.List;
import java.util.Map;

/**
 * What an agent needs before saying hello: what is still open, the follow-ups promised, how the
 * last contact went and how often the customer has been in touch lately.
 */
public record AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days,
        Map<String, Integer> topicsLast30Days, List<FollowUp> followUps) {

    public AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days,
            Map<String, Integer> topicsLast30Days) {
        this(openIssues, lastContact, contactsLast30Days, topicsLast30Days, List.of());
    }

    public AtAGlance(List<Interaction> openIssues, Interaction lastContact, int contactsLast30Days) {
        this(openIssues, lastContact, contactsLast30Days, Map.of(), List.of());
    }
}
