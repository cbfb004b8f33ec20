package io.rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenPopServerTest {
    @TempDir
    Path dir;

    @Test
    void aKnownCallerPopsTheirHistoryAnUnknownOneCreatesNothing() throws Exception {
        try (AppServices s = TestStores.open(dir)) {
            String id = TestStores.customerWith(s, TestStores.customer("Jiří Dvořák", List.of("+420 777 123 456"),
                    List.of()), "hovor");
            List<ScreenPopServer.Pop> pops = new CopyOnWriteArrayList<>();
            try (ScreenPopServer server = ScreenPopServer.start(0, "secret", s.customerService(), pops::add)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/pop?";
                HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base
                        + "phone=%2B420%20777%20123%20456&token=secret")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ok.statusCode()).isEqualTo(200);
                assertThat(ok.body()).contains(id);
                HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base
                        + "phone=%2B48500600700")).header("X-Rapport-Token", "secret").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(unknown.statusCode()).isEqualTo(404);
                HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(base
                        + "phone=%2B420777123456&token=wrong")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(noToken.statusCode()).isEqualTo(401);
                HttpResponse<String> ended = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.port() + "/end?phone=%2B420777123456&token=secret")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ended.statusCode()).isEqualTo(200);
                assertThat(pops).containsExactly(new ScreenPopServer.Pop(id, "+420 777 123 456"),
                        new ScreenPopServer.Pop(null, "+48500600700"),
                        new ScreenPopServer.Pop(id, "+420777123456", true));
                assertThat(s.customers().count()).isEqualTo(1);
            }
        }
    }
}
