package cz.css.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console's pages over plain HTTP, as a browser gets them: the login page and the
 * citizen's survey page before sign-in, the console and GraphiQL from the application's own assets
 * after it, and the CSRF header that the console's script must send with the session cookie.
 */
@PostgresIntegrationTest
class ConsolePagesIntegrationTests {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        var console = get("/");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void loginPageAndItsAssetsLoadBeforeSignIn() throws Exception {
        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<title>Přihlášení");
        var assets = ASSET.matcher(login.body()).results().map(match -> match.group(1)).toList();
        assertThat(assets).isNotEmpty();
        for (String asset : assets) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(xsrfToken()).as("the CSRF cookie the login form sends back").isNotBlank();
    }

    @Test
    void citizensSurveyPageLoadsWithoutSignInButTheConsoleDoesNot() throws Exception {
        var survey = get("/anketa?kod=abc");
        assertThat(survey.statusCode()).isEqualTo(200);
        assertThat(survey.body()).contains("<title>Hodnocení vyřízení podnětu").containsPattern("/assets/anketa-[^\"]+\\.js");
        for (String asset : ASSET.matcher(survey.body()).results().map(match -> match.group(1)).toList()) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(get("/index.html").statusCode()).as("the console stays behind sign-in").isEqualTo(302);
    }

    @Test
    void signedInStaffGetTheConsoleAtTheRoot() throws Exception {
        signIn("jana.novakova", "staff-demo");
        var console = get("/");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("<div id=\"root\">").containsPattern("/assets/console-[^\"]+\\.js");
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        var answer = postLogin("jana.novakova", "wrong");
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
    }

    @Test
    void graphiqlComesFromTheApplicationsOwnAssetsNotFromACdn() throws Exception {
        signIn("jana.novakova", "staff-demo");
        var graphiql = get("/graphiql");
        assertThat(graphiql.statusCode()).isEqualTo(200);
        assertThat(graphiql.body()).contains("<div id=\"graphiql\"").doesNotContain("http://", "https://");
        var assets = ASSET.matcher(graphiql.body()).results().map(match -> match.group(1)).toList();
        assertThat(assets).anySatisfy(asset -> assertThat(asset).startsWith("/assets/graphiql-"));
        for (String asset : assets) {
            var body = get(asset);
            assertThat(body.statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void browserSessionCanPostGraphQlOnlyWithTheCsrfHeader() throws Exception {
        signIn("jana.novakova", "staff-demo");
        String query = "{\"query\":\"{ me { username role } }\"}";
        var withoutHeader = send(HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertThat(withoutHeader.statusCode()).isEqualTo(403);

        var withHeader = send(HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(query)));
        assertThat(withHeader.statusCode()).isEqualTo(200);
        assertThat(withHeader.body()).contains("\"username\":\"jana.novakova\"", "\"role\":\"STAFF\"");
    }

    @Test
    void endedSessionAnswersTheConsolesScriptWith401NotAPasswordDialog() throws Exception {
        get("/login"); // the CSRF cookie outlives the session
        var answer = send(HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .header("X-Requested-With", "XMLHttpRequest").header("X-XSRF-TOKEN", xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private void signIn(String username, String password) throws Exception {
        var answer = postLogin(username, password);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        get("/"); // the page after sign-in sets the new CSRF cookie
    }

    private HttpResponse<String> postLogin(String username, String password) throws Exception {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).filter(value -> !value.isEmpty()).reduce((first, last) -> last).orElse("");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html,application/xhtml+xml,*/*"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
