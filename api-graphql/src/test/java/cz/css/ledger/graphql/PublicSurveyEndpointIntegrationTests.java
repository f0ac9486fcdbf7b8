package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without signing in, only the survey's answering mutation (and its static questions) can be reached. */
@PostgresIntegrationTest
class PublicSurveyEndpointIntegrationTests {
    private static final String ANSWER = "mutation { answerSatisfactionSurvey(input: {token: \\\"x\\\", score: 5, "
            + "resolved: YES}) { answeredAt } }";

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void publicSchemaHasTheAnsweringMutationAndNothingElse() {
        var mutations = GraphQlClient.publicSurvey(port)
                .document("{ __schema { mutationType { fields { name } } subscriptionType { name } } }")
                .execute().path("__schema").entity(Map.class).get();
        assertThat(names((Map<String, Object>) mutations.get("mutationType")))
                .containsExactly("answerSatisfactionSurvey");
        assertThat(mutations.get("subscriptionType")).isNull();
        var queries = GraphQlClient.publicSurvey(port).document("{ __schema { queryType { fields { name } } } }")
                .execute().path("__schema.queryType").entity(Map.class).get();
        assertThat(names((Map<String, Object>) queries)).containsExactly("satisfactionSurveyQuestions");
    }

    @Test
    void staffOperationsAreUnknownOnThePublicEndpoint() {
        for (String document : List.of("{ requests(first: 1) { totalCount } }",
                "{ mayorStatistics(municipalityCode: \"583120\", from: \"2025-03-01\", to: \"2025-03-31\") { asOf } }",
                "mutation { closeRequest(input: {requestId: \"3f2b8c1e-5d4a-4b6f-9a7e-0c1d2e3f4a5b\", outcome: RESOLVED})"
                        + " { request { id } } }")) {
            GraphQlClient.publicSurvey(port).document(document).execute().errors().satisfy(errors ->
                    assertThat(errors).isNotEmpty().allSatisfy(error ->
                            assertThat(error.getErrorType()).hasToString("ValidationError")));
        }
    }

    @Test
    void staffEndpointRefusesAnonymousCallersEvenForTheSurveyMutation() throws Exception {
        // refused before any GraphQL runs: no sign-in (and, for a browser, no CSRF token)
        for (String document : List.of(ANSWER, "{ agendas { code } }")) {
            var refused = post("/graphql", document);
            assertThat(refused.statusCode()).isIn(401, 403);
            assertThat(refused.body()).doesNotContain("\"data\"");
        }
        assertThat(post("/public/graphql", ANSWER).statusCode()).isEqualTo(200);
    }

    @Test
    void publicEndpointAcceptsOnlyPost() throws Exception {
        var get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/graphql?query=%7B__typename%7D")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(401);
    }

    @Test
    void questionsAreStaticText() {
        GraphQlClient.publicSurvey(port).document("{ satisfactionSurveyQuestions { satisfaction scale resolved } }")
                .execute().path("satisfactionSurveyQuestions.satisfaction").entity(String.class)
                .satisfies(text -> assertThat(text).contains("spokojen"));
    }

    private HttpResponse<String> post(String path, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> type) {
        return ((List<Map<String, Object>>) type.get("fields")).stream().map(field -> field.get("name")).toList();
    }
}
