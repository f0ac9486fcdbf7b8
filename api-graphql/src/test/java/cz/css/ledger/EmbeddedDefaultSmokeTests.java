package cz.css.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import cz.css.ledger.api.RequestStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The README's run command: no settings at all, an H2 file database under the data directory; with
 * the demo switch a newcomer sees a living queue with requests in every state.
 */
class EmbeddedDefaultSmokeTests {

    @TempDir
    Path dataDir;

    @Test
    void embeddedDefaultStartsHealthyWithADemoQueueInEveryStateAndRegistersARequest() throws Exception {
        LedgerApplication.disableAxonPhoneHome();
        try (var app = new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dataDir, "--ledger.demo.requests=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            var input = new HashMap<String, Object>(Map.of("municipalityCode", "583120", "agendaCode", "DOTACE",
                    "kind", "REQUEST", "channel", "WEB_FORM", "subject", "Dotace na kotel",
                    "description", "Mohu žádat o kotlíkovou dotaci?"));
            GraphQlClient.over(port).documentName("registerRequest").variable("input", input).execute()
                    .path("registerRequest.request.status").entity(String.class).isEqualTo("RECEIVED");
            assertThat(dataDir.resolve("ledger.mv.db")).exists();

            for (RequestStatus status : RequestStatus.values()) {
                GraphQlClient.over(port).documentName("queue")
                        .variable("filter", Map.of("statuses", List.of(status.name()))).variable("first", 1).execute()
                        .path("requests.totalCount").entity(Integer.class)
                        .satisfies(count -> assertThat(count).as("demo requests in %s", status).isPositive());
            }
            // the demo's closed requests were offered the satisfaction survey, and some answered it
            // (the statistics projection follows asynchronously)
            String today = LocalDate.now(ZoneId.of("Europe/Prague")).toString();
            int responses = 0;
            for (int attempt = 0; attempt < 100 && responses == 0; attempt++) {
                responses = GraphQlClient.as(GraphQlClient.TestUser.ANALYST, port).documentName("satisfactionTrends")
                        .variables(Map.of("granularity", "QUARTER", "from", today, "to", today)).execute()
                        .path("satisfactionTrends.points[0].responses").entity(Integer.class).get();
                Thread.sleep(responses == 0 ? 100 : 0);
            }
            assertThat(responses).as("demo survey answers").isPositive();
        }
    }
}
