package cz.css.ledger;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL tester talking HTTP to the application under test. */
public final class GraphQlClient {
    private GraphQlClient() {
    }

    public static HttpGraphQlTester over(int port) {
        var client = WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30));
        return HttpGraphQlTester.builder(client).build();
    }
}
