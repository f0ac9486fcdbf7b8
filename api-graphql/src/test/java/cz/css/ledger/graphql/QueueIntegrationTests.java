package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The staff queue: filters, text search and cursor pages, through GraphQL. */
@PostgresIntegrationTest
class QueueIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void queuePagesThroughFilteredRequestsNewestFirst() {
        GraphQlTester graphQl = GraphQlClient.over(port);
        var ledger = new Ledger(graphQl);
        String marker = "Výtluk " + UUID.randomUUID();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var input = Ledger.faultReport(IVANCICE, "PORUCHY", marker + " #" + i);
            input.put("receivedAt", "2026-11-0" + (i + 1) + "T08:00:00Z");
            registered.add((String) ledger.register(input).get("id"));
        }
        ledger.act("resolveByCss", registered.get(0), "resolution", "Opraveno");

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            var page = graphQl.documentName("queue")
                    .variable("filter", Map.of("text", marker.toLowerCase(), "statuses", List.of("RECEIVED")))
                    .variable("first", 2).variable("after", after).execute()
                    .path("requests").entity(Map.class).get();
            assertThat(page.get("totalCount")).isEqualTo(4);
            var edges = (List<Map<String, Object>>) page.get("edges");
            edges.forEach(edge -> seen.add((String) ((Map<String, Object>) edge.get("node")).get("id")));
            var pageInfo = (Map<String, Object>) page.get("pageInfo");
            more = (Boolean) pageInfo.get("hasNextPage");
            after = (String) pageInfo.get("endCursor");
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly(registered.get(4), registered.get(3), registered.get(2), registered.get(1));
    }

    @Test
    void matchCountCountsUpToItsLimitAndSaysWhetherMoreMatch() {
        var ledger = new Ledger(GraphQlClient.over(port));
        String marker = "Lampa " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            ledger.register(Ledger.faultReport(IVANCICE, "PORUCHY", marker + " #" + i));
        }
        String document = "query($text: String) { requests(first: 2, filter: {text: $text}) {"
                + " few: matchCount(atMost: 3) { count more } all: matchCount(atMost: 10) { count more }"
                + " usual: matchCount { count more } edges { cursor } } }";

        var response = GraphQlClient.over(port).document(document).variable("text", marker.toLowerCase()).execute();

        response.path("requests.few").entity(Map.class).isEqualTo(Map.of("count", 3, "more", true));
        response.path("requests.all").entity(Map.class).isEqualTo(Map.of("count", 5, "more", false));
        response.path("requests.usual").entity(Map.class).isEqualTo(Map.of("count", 5, "more", false));
        response.path("requests.edges").entityList(Object.class).hasSize(2);
    }

    @Test
    void matchCountBeyondItsRangeIsRefused() {
        for (int atMost : new int[] {0, 10_001}) {
            GraphQlClient.over(port).document("{ requests { matchCount(atMost: " + atMost + ") { count } } }")
                    .execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage()).contains("between 1 and 10000, got " + atMost);
                    }));
        }
    }

    @Test
    void pageLargerThanTheMaximumIsRefused() {
        GraphQlClient.over(port).documentName("queue").variable("first", 500).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("between 1 and 100");
                }));
    }

    @Test
    void requestIsFoundByItsRegistrationNumber() {
        var ledger = new Ledger(GraphQlClient.over(port));
        var request = ledger.registerFaultIn(IVANCICE, "PORUCHY");
        GraphQlClient.over(port).documentName("requestByNumber")
                .variable("number", request.get("registrationNumber")).execute()
                .path("requestByNumber.id").entity(String.class).isEqualTo((String) request.get("id"));
    }
}
