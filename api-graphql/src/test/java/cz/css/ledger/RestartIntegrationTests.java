package cz.css.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A stopped and restarted ledger on PostgreSQL keeps every request, number and projection position. */
class RestartIntegrationTests {

    @Test
    void restartedLedgerKeepsRequestsAndContinuesTheNumbering() {
        Map<String, Object> before;
        try (var app = start()) {
            before = register(app, "Před restartem");
        }
        try (var app = start()) {
            var graphQl = GraphQlClient.over(port(app));
            graphQl.documentName("requestDetail").variable("id", before.get("id")).execute()
                    .path("request.registrationNumber").entity(String.class)
                    .isEqualTo((String) before.get("registrationNumber"));
            var after = register(app, "Po restartu");
            assertThat(sequenceOf(after)).isEqualTo(sequenceOf(before) + 1);
            graphQl.documentName("municipalities").execute().path("municipalities").entityList(Map.class).hasSize(12);
        }
    }

    private static ConfigurableApplicationContext start() {
        LedgerApplication.disableAxonPhoneHome();
        String url = System.getenv().getOrDefault("LEDGER_TEST_RESTART_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/" + System.getenv().getOrDefault("LEDGER_TEST_DB_NAME", "ledger_test") + "_restart");
        return new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("postgres", "it")
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> register(ConfigurableApplicationContext app, String subject) {
        var input = new HashMap<String, Object>(Map.of("municipalityCode", "583588", "agendaCode", "PORUCHY",
                "kind", "FAULT_OR_EMERGENCY", "channel", "IN_PERSON", "subject", subject,
                "description", "Rozbitá lavička v parku"));
        return GraphQlClient.over(port(app)).documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request").entity(Map.class).get();
    }

    private static int sequenceOf(Map<String, Object> request) {
        String number = (String) request.get("registrationNumber");
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
