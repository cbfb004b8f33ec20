package io.rapport.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The screen-pop endpoint softphones call on an incoming call:
 * {@code GET http://127.0.0.1:PORT/pop?phone=…&token=…} (or {@code email=…}; the token may also
 * come as header {@code X-Rapport-Token}). Bound to the loopback interface only, off unless
 * enabled in settings. A known caller's history opens in front with open issues first; an
 * unknown caller is reported as such, and no empty record is created. When the call ends the
 * softphone calls {@code /end} with the same parameters and the wrap-up form opens.
 */
public final class ScreenPopServer implements AutoCloseable {
    /** What to show: a known customer, or an unknown caller's number or address. */
    public record Pop(String customerId, String query, boolean ended) {
        public Pop(String customerId, String query) {
            this(customerId, query, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private ScreenPopServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1:{@code port}; {@code onPop} is called (from a server thread) for each pop. */
    public static ScreenPopServer start(int port, String token, CustomerService customers, Consumer<Pop> onPop)
            throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        s.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-screenpop");
            t.setDaemon(true);
            return t;
        }));
        s.createContext("/pop", ex -> handle(ex, token, customers, onPop, false));
        s.createContext("/end", ex -> handle(ex, token, customers, onPop, true));
        s.start();
        return new ScreenPopServer(s);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange ex, String token, CustomerService customers, Consumer<Pop> onPop,
            boolean ended) throws IOException {
        try {
            if (!"GET".equals(ex.getRequestMethod())) {
                reply(ex, 405, error("use GET"));
                return;
            }
            Map<String, String> q = query(ex.getRequestURI());
            String given = q.getOrDefault("token", ex.getRequestHeaders().getFirst("X-Rapport-Token"));
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                reply(ex, 401, error("missing or wrong token"));
                return;
            }
            String phone = q.get("phone");
            String email = q.get("email");
            String lookup = phone != null ? phone : email;
            if (lookup == null || lookup.isBlank()) {
                reply(ex, 400, error("give phone=… or email=…"));
                return;
            }
            List<CustomerHit> hits = customers.lookup(lookup, 5);
            CustomerHit best = hits.stream()
                    .filter(h -> h.kind() == CustomerHit.MatchKind.PHONE || h.kind() == CustomerHit.MatchKind.EMAIL)
                    .findFirst().orElse(null);
            ObjectNode body = JSON.createObjectNode();
            if (best == null) {
                onPop.accept(new Pop(null, lookup, ended));
                body.put("found", false).put("query", lookup);
                reply(ex, 404, body);
                return;
            }
            onPop.accept(new Pop(best.customerId(), lookup, ended));
            body.put("found", true).put("customer_id", best.customerId()).put("name", best.displayName());
            reply(ex, 200, body);
        } catch (RuntimeException e) {
            reply(ex, 500, error(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> m = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return m;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void reply(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
