package io.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.customer.CustomerHit;
import io.rapport.text.PhoneNumbers;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport lookup QUERY}: the search box, from the command line. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Find customers by phone (any format), e-mail, name, customer or order number, "
                + "or words from past interactions; best match first.")
final class LookupCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many results (default 10).")
    int limit;

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query);
        List<CustomerHit> hits = root.services().customerService().lookup(q, Math.max(1, limit));
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ArrayNode arr = m.createArrayNode();
            for (CustomerHit h : hits) {
                ObjectNode o = arr.addObject();
                o.put("id", h.customerId());
                o.put("name", h.displayName());
                o.put("phone", h.phone());
                o.put("email", h.email());
                o.put("language", h.language());
                o.put("match", h.kind().name().toLowerCase(Locale.ROOT));
                o.put("last_contact", h.lastContactAt() == null ? null : h.lastContactAt().toString());
                if (h.snippet() != null) {
                    o.put("snippet", h.snippet());
                }
                ArrayNode flags = o.putArray("flags");
                h.flags().forEach(f -> flags.add(f.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else if (hits.isEmpty()) {
            System.out.println("No customer matches \"" + q + "\".");
        } else {
            for (CustomerHit h : hits) {
                System.out.printf("%-28s %-18s %-32s %-8s %s%n", h.displayName(),
                        h.phone() == null ? "" : PhoneNumbers.pretty(h.phone()), h.email() == null ? "" : h.email(),
                        h.kind().name().toLowerCase(Locale.ROOT), h.customerId());
                if (h.snippet() != null) {
                    System.out.println("    " + h.snippet());
                }
            }
        }
        return 0;
    }
}
