package cz.css.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    void tooDeepAQueryIsRefusedEveryTimeItIsSent() {
        String deep = "{ __type(name: \"Request\") { fields { type { ofType { ofType { ofType { ofType { ofType {"
                + " ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
        for (int sent = 0; sent < 2; sent++) { // the second time its parsed document is known (ParsedOperations)
            GraphQlClient.over(port).document(deep).execute().errors().satisfy(errors -> assertThat(errors)
                    .singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
                        assertThat(error.getMessage()).matches("Query depth \\d+ exceeds the maximum of 10; .*");
                    }));
        }
    }

    @Test
    void tooComplexAQueryIsRefused() {
        String aliases = IntStream.range(0, 250).mapToObj(i -> "a" + i + ": agendas { code }")
                .collect(Collectors.joining(" "));
        GraphQlClient.over(port).document("{ " + aliases + " }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
                    assertThat(error.getMessage()).matches("Query complexity \\d+ exceeds the maximum of 400; .*");
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
    void aBrowserSessionMustSendItsCsrfTokenWhileApiClientsWithCredentialsNeedNone() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String token = csrfToken(cookies);
        var signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=jana.novakova&password=staff-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("login redirects on success").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");

        String query = "{\"query\":\"{ agendas { code } }\"}";
        var withoutToken = browser.send(graphQlPost(query).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("session POST without CSRF token").isEqualTo(403);
        var withToken = browser.send(graphQlPost(query).header("X-XSRF-TOKEN", csrfToken(cookies)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("PORUCHY");

        GraphQlClient.over(port).document("{ agendas { code } }").execute().path("agendas").entityList(Map.class)
                .hasSizeGreaterThan(5);
    }

    private HttpRequest.Builder graphQlPost(String body) {
        return HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port).build();
    }
}
