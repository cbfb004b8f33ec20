package io.rapport.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer to be created, as an importer or a form supplies it. Phones and e-mails are raw
 * text; the store normalises them.
 */
public record CustomerDraft(
        String displayName,
        String givenName,
        String familyName,
        Gender gender,
        String formalAddress,
        String language,
        Set<Flag> flags,
        List<String> phones,
        List<String> emails,
        String customerNumber,
        Map<String, String> externalIds,
        Instant customerSince,
        String note) {

    public static CustomerDraft named(String displayName) {
        return new CustomerDraft(displayName, null, null, null, null, null, Set.of(), List.of(), List.of(), null,
                Map.of(), null, null);
    }

    public CustomerDraft withPhones(List<String> p) {
        return new CustomerDraft(displayName, givenName, familyName, gender, formalAddress, language, flags, p, emails,
                customerNumber, externalIds, customerSince, note);
    }

    public CustomerDraft withEmails(List<String> e) {
        return new CustomerDraft(displayName, givenName, familyName, gender, formalAddress, language, flags, phones, e,
                customerNumber, externalIds, customerSince, note);
    }

    public CustomerDraft withLanguage(String lang) {
        return new CustomerDraft(displayName, givenName, familyName, gender, formalAddress, lang, flags, phones, emails,
                customerNumber, externalIds, customerSince, note);
    }
}
