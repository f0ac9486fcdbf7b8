package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

/** The staff API parses each operation it is sent once and answers it the same way every time after. */
@PostgresIntegrationTest
class ParsedOperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource staffApi;

    @Autowired
    ParsedOperations operations;

    @Test
    void anOperationSentTwiceIsKeptOnceAndAnsweredAlike() {
        assertThat(staffApi.graphQl().getPreparsedDocumentProvider()).isSameAs(operations);
        long before = operations.size();
        String operation = "query signedIn" + System.nanoTime() + " { me { username role } }";

        String first = GraphQlClient.over(port).document(operation).execute().path("me.username").entity(String.class)
                .get();
        String second = GraphQlClient.over(port).document(operation).execute().path("me.username").entity(String.class)
                .get();

        assertThat(first).isEqualTo("jana.novakova").isEqualTo(second);
        assertThat(operations.size()).isEqualTo(before + 1);
    }
}
