package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static cz.css.ledger.graphql.Ledger.NOVA_VES;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;

/** Both paths of the seed rule, end to end through GraphQL on PostgreSQL. */
@PostgresIntegrationTest
class RequestLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    Ledger ledger;

    @BeforeEach
    void connect() {
        ledger = new Ledger(GraphQlClient.over(port));
    }

    @Test
    @SuppressWarnings("unchecked")
    void cssResolvesRequestThenMustInformMayorBeforeClosing() {
        var request = ledger.registerFaultIn(IVANCICE, "PORUCHY");
        String id = (String) request.get("id");
        assertThat(request).containsEntry("status", "RECEIVED").containsEntry("municipalityName", "Ivančice")
                .containsEntry("agendaName", "Hlášení poruch a havárií").containsEntry("registeredBy", "jana.novakova");
        assertThat((String) request.get("registrationNumber")).matches("CSS-\\d{4}-\\d{6}");
        assertThat((Map<String, Object>) request.get("citizen")).containsEntry("name", "Petra Svobodová")
                .containsEntry("phone", "+420 603 111 222").containsEntry("email", null);

        var resolved = ledger.act("resolveByCss", id, "resolution", "Technické služby lampu vymění do pátku.");
        assertThat(resolved).containsEntry("status", "RESOLVED_BY_CSS").containsEntry("resolvedBy", "CSS");

        ledger.response("closeRequest", id, "outcome", "RESOLVED").errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType()).hasToString("CONFLICT");
                assertThat(error.getMessage()).contains("is RESOLVED_BY_CSS").contains("inform the mayor");
            });
        });
        assertThat(ledger.detail(id)).containsEntry("status", "RESOLVED_BY_CSS")
                .containsEntry("version", resolved.get("version"));

        var informed = ledger.act("informMayor", id, "mayorName", "Milan Buček", "method", "PHONE",
                "message", "CSS zajistilo výměnu lampy v ulici Na Brněnce.");
        assertThat(informed).containsEntry("status", "MAYOR_INFORMED").containsEntry("mayorInformed", true);
        ledger.act("notifyCitizen", id, "channel", "PHONE", "message", "Lampa bude vyměněna do pátku.");
        var closed = ledger.act("closeRequest", id, "outcome", "RESOLVED");
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closeOutcome", "RESOLVED")
                .containsEntry("citizenNotified", true);

        List<Map<String, Object>> timeline = timelineOf(id);
        assertThat(timeline).extracting(entry -> entry.get("eventType")).containsExactly("RequestRegisteredEvent",
                "RequestResolvedByCssEvent", "MayorInformedEvent", "CitizenNotifiedEvent", "RequestClosedEvent");
        assertThat(timeline).allSatisfy(entry -> assertThat(entry).containsEntry("actor", "jana.novakova")
                .containsKey("occurredAt"));
    }

    @Test
    void routedRequestReturnedToCssIsRoutedAgainAndResolvedByMunicipality() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        assertThat(ledger.act("assignRequest", id, "assignee", "jana.novakova")).containsEntry("assignee",
                "jana.novakova");
        assertThat(ledger.act("routeToMunicipality", id, "recipient", "Odbor správy majetku",
                "reason", "Lampy spravuje město")).containsEntry("status", "ROUTED_TO_MUNICIPALITY")
                .containsEntry("routedTo", "Odbor správy majetku");
        ledger.act("prepareSupportingDocuments", id, "documents", "Fotografie a mapa místa");
        assertThat(ledger.act("recordReturnToCss", id, "reason", "Lampa patří ČEZ, ne městu"))
                .containsEntry("status", "RETURNED_TO_CSS");
        ledger.act("routeToMunicipality", id, "recipient", "Starosta", "reason", "Město zajistí opravu u ČEZ");
        assertThat(ledger.act("recordMunicipalityResolution", id, "outcome", "Město objednalo opravu"))
                .containsEntry("status", "RESOLVED_BY_MUNICIPALITY").containsEntry("resolvedBy", "MUNICIPALITY");
        assertThat(ledger.act("closeRequest", id, "outcome", "RESOLVED")).containsEntry("status", "CLOSED");
        assertThat(timelineOf(id)).hasSize(8);
    }

    @Test
    void requestOutsideAgreedAgendasCannotBeResolvedButIsDeclinedWithAdviceAndCanBeReopened() {
        String id = (String) ledger.registerFaultIn(NOVA_VES, "ZAKAZKY").get("id");

        ledger.response("resolveByCss", id, "resolution", "Vyřízeno").errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("is RECEIVED").contains("ZAKAZKY").contains("583502");
                }));

        assertThat(ledger.act("declineRequest", id, "referralAdvice", "Obraťte se na obecní úřad Nová Ves"))
                .containsEntry("status", "DECLINED");
        assertThat(ledger.act("reopenRequest", id, "reason", "Obec agendu dodatečně sjednala"))
                .containsEntry("status", "RECEIVED");
    }

    @Test
    void refusedAndMalformedCommandsAnswerClassifiedErrorsAndChangeNothing() {
        var badCode = Ledger.faultReport("12", "PORUCHY", "Špatný kód obce");
        GraphQlClient.over(port).documentName("registerRequest").variable("input", badCode).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("six digits").doesNotContain("Exception");
                }));

        ledger.response("assignRequest", "00000000-0000-0000-0000-000000000000", "assignee", "jana").errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));

        ledger.response("assignRequest", "not-a-uuid", "assignee", "jana").errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));

        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("assignRequest", id, "assignee", "jana.novakova");
        ledger.response("assignRequest", id, "assignee", "jana.novakova").errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("already assigned to jana.novakova");
                }));
        ledger.response("informMayor", id, "mayorName", "Milan Buček", "method", "PHONE", "message", "x").errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("is RECEIVED")));
        assertThat(ledger.detail(id)).containsEntry("version", 1).containsEntry("status", "RECEIVED");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timelineOf(String id) {
        return (List<Map<String, Object>>) ledger.detail(id).get("timeline");
    }
}
