package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registration numbers are unique and gap-free per year; a retried registration returns the same request. */
@PostgresIntegrationTest
class RegistrationIntegrationTests {

    @LocalServerPort
    int port;

    Ledger ledger;

    @BeforeEach
    void connect() {
        ledger = new Ledger(GraphQlClient.over(port));
    }

    @Test
    void retriedRegistrationWithTheSameIdempotencyKeyReturnsTheFirstRequest() {
        var input = Ledger.faultReport(IVANCICE, "PORUCHY", "Opakované odeslání formuláře");
        input.put("idempotencyKey", "web-form-" + UUID.randomUUID());

        var first = ledger.register(input);
        var retry = ledger.register(input);

        assertThat(retry.get("id")).isEqualTo(first.get("id"));
        assertThat(retry.get("registrationNumber")).isEqualTo(first.get("registrationNumber"));
        assertThat(retry.get("version")).isEqualTo(0);
    }

    @Test
    void concurrentRegistrationsGetConsecutiveNumbersAndARefusedOneUsesNone() {
        int first = sequenceOf(ledger.registerFaultIn(IVANCICE, "PORUCHY"));
        GraphQlClient.over(port).documentName("registerRequest")
                .variable("input", Ledger.faultReport("999", "PORUCHY", "bad code")).execute()
                .errors().satisfy(errors -> assertThat(errors).hasSize(1));

        List<CompletableFuture<Integer>> parallel = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 8; i++) {
                parallel.add(CompletableFuture.supplyAsync(
                        () -> sequenceOf(ledger.registerFaultIn(IVANCICE, "PORUCHY")), pool));
            }
            var numbers = parallel.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(numbers).containsExactly(first + 1, first + 2, first + 3, first + 4, first + 5, first + 6,
                    first + 7, first + 8);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int sequenceOf(java.util.Map<String, Object> request) {
        String number = (String) request.get("registrationNumber");
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
