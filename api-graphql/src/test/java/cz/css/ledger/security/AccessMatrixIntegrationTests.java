package cz.css.ledger.security;

import static cz.css.ledger.GraphQlClient.TestUser.ANALYST;
import static cz.css.ledger.GraphQlClient.TestUser.AUDITOR;
import static cz.css.ledger.GraphQlClient.TestUser.MAYOR;
import static cz.css.ledger.GraphQlClient.TestUser.STAFF;
import static cz.css.ledger.GraphQlClient.TestUser.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.test.StepVerifier;

/**
 * Every GraphQL operation called as every role and anonymously: allowed or refused, cell by cell.
 * "Allowed" means data, or a domain error on the made-up request it names (NOT_FOUND, BAD_REQUEST,
 * CONFLICT), never an internal or unclassified error; "refused" means a FORBIDDEN error and no data.
 * Subscriptions are called over the WebSocket: allowed means the change arrives.
 */
@PostgresIntegrationTest
class AccessMatrixIntegrationTests {
    private static final Set<TestUser> CSS_STAFF = EnumSet.of(STAFF, SUPERVISOR);
    private static final Set<TestUser> REQUEST_READERS = EnumSet.of(STAFF, SUPERVISOR, AUDITOR, MAYOR);
    private static final Set<TestUser> EVERYONE = EnumSet.allOf(TestUser.class);
    private static final Set<TestUser> SUPERVISOR_ONLY = EnumSet.of(SUPERVISOR);
    private static final Set<TestUser> LEDGER_READERS = EnumSet.of(SUPERVISOR, AUDITOR);
    private static final String NO_SUCH_REQUEST = "00000000-0000-4000-8000-000000000001";
    private static final AtomicInteger FRESH = new AtomicInteger();
    /** What an allowed call may still answer: a refusal by the domain, never a failure of the server. */
    private static final Set<String> DOMAIN_ERRORS = Set.of("NOT_FOUND", "BAD_REQUEST", "CONFLICT");
    /** Every subscription of the schema and who may open it. */
    static final Map<String, Set<TestUser>> SUBSCRIPTIONS = Map.of("queueChanges", CSS_STAFF);

    record Operation(String document, Set<TestUser> allowed) {
    }

    /** Every query and mutation of the schema, with a call that names a made-up request. */
    static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        query("requests", "{ requests(first: 1) { totalCount } }", REQUEST_READERS);
        query("request", "{ request(id: \"" + NO_SUCH_REQUEST + "\") { id } }", REQUEST_READERS);
        query("requestByNumber", "{ requestByNumber(registrationNumber: \"CSS-1999-000001\") { id } }",
                REQUEST_READERS);
        query("municipalities", "{ municipalities { code } }", EVERYONE);
        query("agendas", "{ agendas { code } }", EVERYONE);
        query("me", "{ me { username role } }", EVERYONE);
        query("personalDataAccessLog", "{ personalDataAccessLog(first: 1) { requestId } }", SUPERVISOR_ONLY);
        query("requestHistory", "{ requestHistory(id: \"" + NO_SUCH_REQUEST + "\") { requestId } }", REQUEST_READERS);
        query("requestAsOf", "{ requestAsOf(id: \"" + NO_SUCH_REQUEST + "\", at: \"2026-01-01T00:00:00Z\") { status } }",
                REQUEST_READERS);
        query("verifyLedger", "{ verifyLedger { verified } }", LEDGER_READERS);
        query("ledgerCheckpoint", "{ ledgerCheckpoint { position } }", LEDGER_READERS);
        query("projections", "{ projections { processingGroup } }", LEDGER_READERS);
        // a subscribing projection: allowed callers get CONFLICT, and no replay disturbs the other tests
        OPERATIONS.put("replayProjections", new Operation("mutation { replayProjections(input: {processingGroup:"
                + " \"catalogue\"}) { started } }", SUPERVISOR_ONLY));
        requestMutation("assignRequest", "assignee: \"x\"");
        requestMutation("addInternalNote", "note: \"x\"");
        requestMutation("reclassifyRequest", "municipalityCode: \"583120\", agendaCode: \"DOTACE\", kind: OTHER");
        requestMutation("resolveByCss", "resolution: \"x\"");
        requestMutation("informMayor", "mayorName: \"x\", method: PHONE, message: \"x\"");
        requestMutation("routeToMunicipality", "recipient: \"x\", reason: \"x\"");
        requestMutation("prepareSupportingDocuments", "documents: \"x\"");
        requestMutation("recordMunicipalityResolution", "outcome: \"x\"");
        requestMutation("recordReturnToCss", "reason: \"x\"");
        requestMutation("notifyCitizen", "channel: PHONE, message: \"x\"");
        requestMutation("closeRequest", "outcome: RESOLVED");
        requestMutation("reopenRequest", "reason: \"x\"");
        requestMutation("withdrawRequest", "reason: \"x\"");
        requestMutation("declineRequest", "referralAdvice: \"x\"");
        OPERATIONS.put("registerRequest", new Operation("mutation { registerRequest(input: {municipalityCode: \"583120\","
                + " agendaCode: \"PORUCHY\", kind: OTHER, channel: PHONE, subject: \"Matice přístupu\","
                + " description: \"x\"}) { request { id } } }", CSS_STAFF));
        OPERATIONS.put("erasePersonalData", new Operation("mutation { erasePersonalData(input: {requestId: \""
                + NO_SUCH_REQUEST + "\", reason: \"x\"}) { request { id } } }", SUPERVISOR_ONLY));
        OPERATIONS.put("offerSatisfactionSurvey", new Operation("mutation { offerSatisfactionSurvey(input: {requestId: \""
                + NO_SUCH_REQUEST + "\", channel: EMAIL}) { token } }", CSS_STAFF));
        OPERATIONS.put("recordSatisfactionByPhone", new Operation("mutation { recordSatisfactionByPhone(input: "
                + "{requestId: \"" + NO_SUCH_REQUEST + "\", score: 4, resolved: YES}) { survey { id } } }", CSS_STAFF));
        query("mayorStatistics", "{ mayorStatistics(municipalityCode: \"583120\", from: \"2025-03-01\","
                + " to: \"2025-03-31\") { asOf } }", EVERYONE);
        query("satisfactionTrends", "{ satisfactionTrends(granularity: MONTH, from: \"2025-03-01\","
                + " to: \"2025-03-31\") { minimumAnswers } }", EVERYONE);
        OPERATIONS.put("defineAgenda", new Operation("mutation { defineAgenda(input: {code: \"MATICE_%s\","
                + " name: \"x\"}) { agenda { code } } }", SUPERVISOR_ONLY));
        OPERATIONS.put("joinMunicipality", new Operation("mutation { joinMunicipality(input: {code: \"59%04d\","
                + " name: \"x\"}) { municipality { code } } }", SUPERVISOR_ONLY));
        OPERATIONS.put("agreeAgenda", new Operation("mutation { agreeAgenda(input: {municipalityCode: \"100001\","
                + " agendaCode: \"DOTACE\"}) { municipality { code } } }", SUPERVISOR_ONLY));
        OPERATIONS.put("endAgendaAgreement", new Operation("mutation { endAgendaAgreement(input: {municipalityCode:"
                + " \"100001\", agendaCode: \"DOTACE\"}) { municipality { code } } }", SUPERVISOR_ONLY));
    }

    private static void query(String name, String document, Set<TestUser> allowed) {
        OPERATIONS.put(name, new Operation(document, allowed));
    }

    private static void requestMutation(String name, String fields) {
        OPERATIONS.put(name, new Operation("mutation { " + name + "(input: {requestId: \"" + NO_SUCH_REQUEST + "\", "
                + fields + "}) { request { id } } }", CSS_STAFF));
    }

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    static Stream<Arguments> cells() {
        return OPERATIONS.keySet().stream()
                .flatMap(operation -> EVERYONE.stream().map(user -> Arguments.of(operation, user)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void everyRoleIsAllowedOrRefusedEveryOperation(String operation, TestUser user) {
        Operation cell = OPERATIONS.get(operation);
        String document = cell.document().formatted(FRESH.incrementAndGet());
        var response = GraphQlClient.as(user, port).document(document).execute().returnResponse();
        var errors = response.getErrors();
        if (cell.allowed().contains(user)) {
            assertThat(errors).as("%s as %s: allowed, so data or a domain error", operation, user)
                    .allSatisfy(error -> assertThat(error.getErrorType().toString())
                            .as("%s as %s: %s", operation, user, error.getMessage()).isIn(DOMAIN_ERRORS));
        } else {
            assertThat(errors).as("%s as %s", operation, user)
                    .anySatisfy(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN"));
            Object data = response.field(operation).getValue();
            assertThat(data).as("%s as %s: no data", operation, user).isNull();
        }
    }

    @ParameterizedTest(name = "queueChanges as {0}")
    @EnumSource(TestUser.class)
    @SuppressWarnings("unchecked")
    void everyRoleIsAllowedOrRefusedTheQueueSubscription(TestUser user) {
        var subscriber = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
                        new StandardWebSocketClient())
                .headers(headers -> headers.setBasicAuth(user.username, user.password))
                .build();
        String subject = "Matice odběru " + UUID.randomUUID();
        var changes = subscriber.document("subscription { queueChanges { subject status } }").executeSubscription()
                .toFlux("queueChanges", Map.class).filter(change -> subject.equals(change.get("subject")));
        try {
            if (SUBSCRIPTIONS.get("queueChanges").contains(user)) {
                // the server gives no signal once the subscription is registered, so wait a moment
                StepVerifier.create(changes)
                        .thenAwait(Duration.ofSeconds(2))
                        .then(() -> register("583120", subject))
                        .assertNext(change -> assertThat(change).containsEntry("status", "RECEIVED"))
                        .thenCancel()
                        .verify(Duration.ofSeconds(30));
            } else {
                StepVerifier.create(changes)
                        .expectErrorSatisfies(error -> assertThat(error)
                                .isInstanceOfSatisfying(SubscriptionErrorException.class, refused ->
                                        assertThat(refused.getErrors()).isNotEmpty().allSatisfy(e ->
                                                assertThat(e.getErrorType()).hasToString("FORBIDDEN"))))
                        .verify(Duration.ofSeconds(30));
            }
        } finally {
            subscriber.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void anonymousCannotOpenTheSubscriptionSocket() {
        var handshake = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql-ws"), new WebSocket.Listener() { });
        assertThatThrownBy(handshake::join).cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value()));
    }

    @Test
    void anonymousCallsAreRefusedBeforeAnyOperationRuns() {
        OPERATIONS.values().forEach(cell -> WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", cell.document().formatted(FRESH.incrementAndGet())))
                .exchange().expectStatus().value(status -> assertThat(status)
                        .as("anonymous call refused: 401, or 403 for a POST without a CSRF token")
                        .isIn(HttpStatus.UNAUTHORIZED.value(), HttpStatus.FORBIDDEN.value())));
    }

    @Test
    void theMatrixCoversEveryOperationOfTheSchema() {
        var schema = graphQlSource.schema();
        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(
                names(schema.getQueryType(), schema.getMutationType()));
        assertThat(SUBSCRIPTIONS.keySet()).containsExactlyInAnyOrderElementsOf(names(schema.getSubscriptionType()));
    }

    private static Set<String> names(GraphQLObjectType... types) {
        return Stream.of(types).map(GraphQLObjectType::getFieldDefinitions)
                .flatMap(fields -> fields.stream().map(GraphQLFieldDefinition::getName))
                .collect(Collectors.toSet());
    }

    @Test
    void aMayorAskingForAnotherMunicipalityIsForbiddenNotAnsweredEmpty() {
        var mayor = GraphQlClient.as(MAYOR, port);
        mayor.document("{ requests(filter: {municipalityCode: \"583588\"}) { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("FORBIDDEN");
                    assertThat(error.getMessage()).contains("583120").contains("583588");
                }));

        String oslavany = registerIn("583588");
        mayor.document("{ request(id: \"" + oslavany + "\") { id subject } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
    }

    @Test
    void aMayorSeesOwnMunicipalityRequestsButNotTheCitizensPersonalData() {
        String ivancice = registerIn("583120");
        var response = GraphQlClient.as(MAYOR, port)
                .document("{ request(id: \"" + ivancice + "\") { subject citizen { name } description } }")
                .execute();
        response.errors().satisfy(errors -> assertThat(errors).hasSize(2).allSatisfy(error ->
                assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
        response.path("request.subject").entity(String.class).isEqualTo("Matice přístupu");
    }

    @Test
    void anAnalystAskingForPersonalFieldsIsForbidden() {
        String id = registerIn("583120");
        GraphQlClient.as(ANALYST, port).document("{ request(id: \"" + id + "\") { citizen { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error ->
                        assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
    }

    private String registerIn(String municipality) {
        return register(municipality, "Matice přístupu");
    }

    private String register(String municipality, String subject) {
        return GraphQlClient.over(port).document("mutation { registerRequest(input: {municipalityCode: \""
                        + municipality + "\", agendaCode: \"PORUCHY\", kind: OTHER, channel: PHONE,"
                        + " subject: \"" + subject + "\", description: \"Popis\","
                        + " citizen: {name: \"Jan Matice\"}}) { request { id } } }")
                .execute().path("registerRequest.request.id").entity(String.class).get();
    }
}
