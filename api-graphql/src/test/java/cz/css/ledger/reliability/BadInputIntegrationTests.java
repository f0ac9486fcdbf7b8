package cz.css.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.reliability.BadInput.Case;
import cz.css.ledger.workload.RawGraphQl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten thousand generated bad GraphQL requests: each is answered without a server error and without
 * internals (no exception names, stack frames, SQL), none is an unclassified internal error, and the
 * store is exactly as before.
 */
class BadInputIntegrationTests extends TokenSignedIntegrationTest {
    private static final int CASES = 10_000;
    private static final List<String> LEAKS = List.of("Exception", "at cz.", "at org.", "at java.", "org.postgresql",
            "SQL", "org.hibernate", "org.axonframework", "tools.jackson");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandGeneratedBadRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        Map<String, Long> storeBefore = store();
        List<Case> cases = new BadInput(20_261_122L).generate(CASES);
        RawGraphQl graphQl = staff();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.atomic.LongAdder> timeByKind = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (Case bad : cases) {
                clients.submit(() -> {
                    try {
                        long start = System.nanoTime();
                        RawGraphQl.Response response = graphQl.post(bad.body(), bad.contentType());
                        timeByKind.computeIfAbsent(bad.kind(), k -> new java.util.concurrent.atomic.LongAdder())
                                .add(System.nanoTime() - start);
                        String answer = response.status() + " " + response.errorClassification();
                        answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
                        problem(bad, response).ifPresent(problems::add);
                    } catch (Exception e) {
                        problems.add(bad.kind() + ": no answer (" + e + ")");
                    }
                });
            }
        } finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        }

        timeByKind.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(12)
                .forEach(e -> System.out.printf("bad input %-45s %8d ms%n", e.getKey(), e.getValue().sum() / 1_000_000));
        assertThat(answers.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CASES);
        assertThat(problems).as("answers by status and classification: %s", new TreeMap<>(answers)).isEmpty();
        assertThat(store()).as("new events: %s", eventsAfter(storeBefore.get("last event"))).isEqualTo(storeBefore);
    }

    @Test
    void forgedExpiredOrMissingCredentialsAreRefusedWithoutInternals() throws Exception {
        String valid = ISSUER.staff("zavodni.test", Duration.ofMinutes(5));
        List<String> credentials = List.of("Bearer ", "Bearer x.y.z", "Bearer " + valid.substring(7, valid.length() - 5) + "aaaaa",
                ISSUER.staff("late", Duration.ofMinutes(-5)), new TestTokensOfAStranger().token(), "Basic !!!",
                "Basic " + java.util.Base64.getEncoder().encodeToString("jana.novakova:wrong".getBytes()),
                "Negotiate abc", "Bearer " + "a".repeat(20_000));
        for (String authorization : credentials) {
            var response = new RawGraphQl(port, authorization).post("{\"query\":\"{ agendas { code } }\"}");
            // a header over the server's limit is refused before sign-in is even tried
            int expected = authorization.length() > 8_000 ? 400 : 401;
            assertThat(response.status()).as(authorization.substring(0, Math.min(40, authorization.length())))
                    .isEqualTo(expected);
            assertThat(response.body()).doesNotContain(LEAKS.toArray(String[]::new));
        }
        var anonymous = new RawGraphQl(port, null).post("{\"query\":\"mutation { resolveByCss(input: {requestId: \\\"x\\\","
                + " resolution: \\\"y\\\"}) { request { id } } }\"}");
        // without credentials a browser-less POST fails the CSRF check first: refused either way
        assertThat(anonymous.status()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain(LEAKS.toArray(String[]::new));
    }

    @Test
    void textTheDatabaseCannotStoreIsRefusedBeforeItBecomesAnEvent() throws Exception {
        Map<String, Long> storeBefore = store();
        RawGraphQl graphQl = staff();
        for (String unstorable : List.of("Nesvítí lampa\u0000", "Lampa \ud800 bliká", "\u001b[2J smazat obrazovku")) {
            var input = cz.css.ledger.workload.Workload.registration(new java.util.Random(1), null, false);
            input.put("subject", unstorable);
            var response = graphQl.execute(cz.css.ledger.workload.Mutations.document("registerRequest"),
                    Map.of("input", input));
            assertThat(response.errorClassification()).as(unstorable).isEqualTo("BAD_REQUEST");
            assertThat(response.body()).contains("control character or broken Unicode");
        }
        var inline = graphQl.post("{\"query\":\"{ requests(filter: {text: \\\"x\\\\u0000\\\"}) { totalCount } }\"}");
        assertThat(inline.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(store()).isEqualTo(storeBefore);
    }

    private static java.util.Optional<String> problem(Case bad, RawGraphQl.Response response) {
        String where = bad.kind() + " -> " + response.status();
        if (response.status() >= 500) {
            return java.util.Optional.of(where + " server error: " + abbreviated(response.body()));
        }
        for (String leak : LEAKS) {
            if (response.body() != null && response.body().contains(leak)) {
                return java.util.Optional.of(where + " leaks '" + leak + "': " + abbreviated(response.body()));
            }
        }
        if ("INTERNAL_ERROR".equals(response.errorClassification())) {
            return java.util.Optional.of(where + " unclassified: " + abbreviated(bad.body()));
        }
        if (bad.body().contains("\"mutation") && response.succeeded()) {
            return java.util.Optional.of(where + " was accepted: " + abbreviated(bad.body()));
        }
        if (response.status() == 200 && response.json() == null) {
            return java.util.Optional.of(where + " answered 200 without a GraphQL response");
        }
        return java.util.Optional.empty();
    }

    private static String abbreviated(String text) {
        return text == null || text.length() < 400 ? text : text.substring(0, 400) + "...";
    }

    /** What the store holds: events, data keys, registration counters and idempotency keys. */
    private Map<String, Long> store() {
        return Map.of(
                "events", count("select count(*) from domain_event_entry"),
                "last event", count("select coalesce(max(global_index), 0) from domain_event_entry"),
                "subject keys", count("select count(*) from subject_key"),
                "registration numbers", count("select coalesce(sum(last_number), 0) from registration_counter"),
                "idempotency keys", count("select count(*) from registration_idempotency_key"));
    }

    private List<String> eventsAfter(long globalIndex) {
        return jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry where global_index > ?",
                String.class, globalIndex);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Tokens signed by a key the ledger does not trust. */
    private static final class TestTokensOfAStranger {
        String token() {
            return new cz.css.ledger.workload.TestTokens().staff("mallory", Duration.ofMinutes(5));
        }
    }
}
