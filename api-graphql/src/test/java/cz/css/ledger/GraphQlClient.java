package cz.css.ledger;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL tester talking HTTP to the application under test, signed in with HTTP Basic. */
public final class GraphQlClient {
    private GraphQlClient() {
    }

    /** The demo and test users, one per role (see application.yml and application-it.yml). */
    public enum TestUser {
        STAFF("jana.novakova", "staff-demo"),
        SUPERVISOR("vedouci", "supervisor-demo"),
        AUDITOR("auditor", "auditor-demo"),
        MAYOR("starosta.ivancice", "mayor-demo"),
        ANALYST("analytik", "analyst-demo");

        public final String username;
        public final String password;

        TestUser(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    /** Signed in as a CSS staff member. */
    public static HttpGraphQlTester over(int port) {
        return as(TestUser.STAFF, port);
    }

    public static HttpGraphQlTester as(TestUser user, int port) {
        return HttpGraphQlTester.builder(client(port)
                        .defaultHeaders(headers -> headers.setBasicAuth(user.username, user.password)))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    public static HttpGraphQlTester anonymous(int port) {
        return HttpGraphQlTester.builder(client(port)).responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The public endpoint where citizens answer the satisfaction survey, without signing in. */
    public static HttpGraphQlTester publicSurvey(int port) {
        return HttpGraphQlTester.builder(client(port, "/public/graphql")).build();
    }

    private static WebTestClient.Builder client(int port) {
        return client(port, "/graphql");
    }

    private static WebTestClient.Builder client(int port, String path) {
        return WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + path)
                .responseTimeout(Duration.ofSeconds(30));
    }
}
