package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.test.StepVerifier;

/** The queue subscription pushes a request registered by someone else, without reload. */
@PostgresIntegrationTest
class QueueSubscriptionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void aNewRequestIsPushedToSubscribedStaff() {
        var subscriber = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
                        new StandardWebSocketClient())
                .headers(headers -> headers.setBasicAuth(TestUser.STAFF.username, TestUser.STAFF.password))
                .build();
        String subject = "Spadlý strom " + UUID.randomUUID();

        var changes = subscriber.documentName("queueChanges").executeSubscription().toFlux("queueChanges", Map.class)
                .filter(change -> subject.equals(change.get("subject")));

        // The request must be registered after the server has registered the subscription; the
        // WebSocket handshake and subscribe message give no signal when that is, so wait a moment.
        StepVerifier.create(changes)
                .thenAwait(Duration.ofSeconds(2))
                .then(() -> new Ledger(GraphQlClient.over(port)).register(Ledger.faultReport("583120", "PORUCHY", subject)))
                .assertNext(change -> assertThat(change).containsEntry("status", "RECEIVED"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
        subscriber.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void analystsCannotSubscribeToTheQueue() {
        var analyst = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
                        new StandardWebSocketClient())
                .headers(headers -> headers.setBasicAuth(TestUser.ANALYST.username, TestUser.ANALYST.password))
                .build();
        StepVerifier.create(analyst.documentName("queueChanges").executeSubscription().toFlux("queueChanges", Map.class))
                .expectErrorSatisfies(error -> assertThat(error.getMessage()).contains("FORBIDDEN"))
                .verify(Duration.ofSeconds(20));
        analyst.stop().block(Duration.ofSeconds(5));
    }
}
