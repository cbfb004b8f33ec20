package io.rapport.template;

import io.rapport.customer.Customer;
import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Gender;
import io.rapport.customer.Interaction;
import java.util.HashMap;
import java.util.Map;

/**
 * What a template can be filled with for the customer in front of the agent: name, gender and
 * formal address (in the template's language), the order number of the open issue or the last
 * contact, and the agent's and company's names. Everything else stays a field.
 */
public final class TemplateValues {
    private TemplateValues() {
    }

    public static Map<String, Object> of(CustomerHistory h, String language, String agentName, String companyName) {
        Map<String, Object> v = new HashMap<>();
        if (agentName != null && !agentName.isBlank()) {
            v.put("agentName", agentName);
        }
        if (companyName != null && !companyName.isBlank()) {
            v.put("companyName", companyName);
        }
        if (h == null) {
            return v;
        }
        Customer c = h.customer();
        v.put("customerName", c.displayName());
        if (c.givenName() != null) {
            v.put("firstName", c.givenName());
        }
        if (c.familyName() != null) {
            v.put("lastName", c.familyName());
        }
        v.put("gender", c.gender() == null ? "other" : c.gender().code());
        String formal = formalAddress(c, language);
        if (formal != null) {
            v.put("formalAddress", formal);
        }
        String order = null;
        for (Interaction i : h.glance().openIssues()) {
            if (i.orderNumber() != null) {
                order = i.orderNumber();
                break;
            }
        }
        if (order == null && h.glance().lastContact() != null) {
            order = h.glance().lastContact().orderNumber();
        }
        if (order != null) {
            v.put("orderNumber", order);
        }
        return v;
    }

    /**
     * The formal address in {@code language}: the stored one when the customer's language is the
     * template's (it is already in the right case: "Pani Zdzisławo", "pane Nováku"); English and
     * German can be built from the surname; Polish and Czech need the vocative, so without a
     * stored form the agent fills it in.
     */
    static String formalAddress(Customer c, String language) {
        if (c.formalAddress() != null && language.equals(c.language())) {
            return c.formalAddress();
        }
        if (c.gender() == null || c.gender() == Gender.OTHER) {
            // templates address someone of unknown gender by full name
            return c.displayName();
        }
        if (c.familyName() == null) {
            return null;
        }
        boolean f = c.gender() == Gender.FEMALE;
        switch (language) {
            case "en":
                return (f ? "Ms " : "Mr ") + c.familyName();
            case "de":
                return (f ? "Frau " : "Herr ") + c.familyName();
            default:
                return null;
        }
    }
}
