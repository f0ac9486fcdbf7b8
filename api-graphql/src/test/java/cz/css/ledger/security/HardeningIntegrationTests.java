package cz.css.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Limits on what one request may ask, answered with classified errors; headers and CSRF of the browser session. */
@PostgresIntegrationTest
class HardeningIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void tooDeepAQueryIsRefused() {
        String deep = "{ __type(name: \"Request\") { fields { type { ofType { ofType { ofType { ofType { ofType {"
                + " ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
        GraphQlClient.over(port).document(deep).execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("ExecutionAborted");
                    assertThat(error.getMessage()).containsIgnoringCase("depth");
                }));
    }

    @Test
    void tooComplexAQueryIsRefused() {
        String aliases = IntStream.range(0, 250).mapToObj(i -> "a" + i + ": agendas { code }")
                .collect(Collectors.joining(" "));
        GraphQlClient.over(port).document("{ " + aliases + " }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("ExecutionAborted");
                    assertThat(error.getMessage()).containsIgnoringCase("complexity");
                }));
    }

    @Test
    void oversizedInputIsRefusedAsBadRequestAndNothingIsRegistered() {
        String hugeSubject = "x".repeat(5_000);
        GraphQlClient.over(port).document("mutation { registerRequest(input: {municipalityCode: \"583120\","
                        + " agendaCode: \"PORUCHY\", kind: OTHER, channel: PHONE, subject: \"" + hugeSubject + "\","
                        + " description: \"x\"}) { request { id } } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
                    assertThat(error.getMessage()).contains("subject is 5000 characters long; at most 200");
                }));
        GraphQlClient.over(port).document("{ requests(filter: {text: \"" + "x".repeat(50) + "\"}) { totalCount } }")
                .execute().path("requests.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedBeforeItIsRead() {
        client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth(TestUser.STAFF.username, TestUser.STAFF.password))
                .bodyValue(Map.of("query", "{ agendas { code } }", "padding", "x".repeat(300_000)))
                .exchange().expectStatus().isEqualTo(413);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
    }

    @Test
    void aBrowserSessionMustSendItsCsrfTokenWhileApiClientsWithCredentialsNeedNone() {
        var login = client().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=jana.novakova&password=staff-demo").exchange().returnResult(String.class);
        var csrfRefused = login.getResponseCookies();
        assertThat(login.getStatus().value()).as("login without CSRF token").isEqualTo(403);
        assertThat(csrfRefused).isNotNull();

        GraphQlClient.over(port).document("{ agendas { code } }").execute().path("agendas").entityList(Map.class)
                .hasSizeGreaterThan(5);
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port).build();
    }
}
