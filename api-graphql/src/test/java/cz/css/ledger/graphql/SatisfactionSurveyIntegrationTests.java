package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The satisfaction survey end to end on PostgreSQL: staff offer it, the citizen answers once with the code. */
@PostgresIntegrationTest
class SatisfactionSurveyIntegrationTests {

    @LocalServerPort
    int port;

    Ledger ledger;
    HttpGraphQlTester staff;
    HttpGraphQlTester citizen;

    @BeforeEach
    void connect() {
        staff = GraphQlClient.over(port);
        ledger = new Ledger(staff);
        citizen = GraphQlClient.publicSurvey(port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void citizenAnswersOnceWithTheCodeAndTheSecondAnswerIsRefused() {
        String id = closedRequest();
        var offer = offer(id, "EMAIL");
        String token = (String) offer.get("token");
        var survey = (Map<String, Object>) offer.get("survey");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(survey).containsEntry("requestId", id).containsEntry("channel", "EMAIL")
                .containsEntry("answered", false);
        assertThat(Instant.parse((String) survey.get("answerBy")))
                .isEqualTo(Instant.parse((String) survey.get("offeredAt")).plus(30, ChronoUnit.DAYS));

        var answered = answer(token, 4, "PARTLY", "Lampa svítí, ale až po dvou týdnech.")
                .path("answerSatisfactionSurvey.message").entity(String.class).get();
        assertThat(answered).contains("Děkujeme");

        answer(token, 5, "YES", null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("already been used");
                }));

        var request = awaitAnswered(id);
        assertThat((Map<String, Object>) request.get("survey")).containsEntry("answered", true)
                .containsEntry("score", 4).containsEntry("resolved", "PARTLY")
                .containsEntry("comment", "Lampa svítí, ale až po dvou týdnech.")
                .containsEntry("answeredBy", "CITIZEN_WITH_TOKEN");
        var timeline = (List<Map<String, Object>>) request.get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("eventType")).endsWith("RequestClosedEvent",
                "SatisfactionSurveyOfferedEvent", "SatisfactionRecordedEvent");
        assertThat(timeline.get(timeline.size() - 1)).containsEntry("actor", "citizen")
                .containsEntry("actorRole", "CITIZEN_SURVEY");
        assertThat(timeline.get(timeline.size() - 1).get("summary").toString()).doesNotContain("Lampa svítí");
        // the comment is personal data: staff reading it is in the data protection officer's log
        GraphQlClient.as(TestUser.SUPERVISOR, port)
                .document("{ personalDataAccessLog(requestId: \"" + id + "\") { field accessedBy } }").execute()
                .path("personalDataAccessLog[*].field").entityList(String.class).contains("survey.comment");
    }

    @Test
    void scoresOutOfRangeAreRefusedAndTheCodeStaysValid() {
        String token = (String) offer(closedRequest(), "LETTER").get("token");
        for (int score : new int[] {0, 6, -3}) {
            answer(token, score, "YES", null).errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(error -> {
                        assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
                        assertThat(error.getMessage()).contains("from 1 (very dissatisfied) to 5 (very satisfied)");
                    }));
        }
        assertThat(answer(token, 1, "NO", null).path("answerSatisfactionSurvey.answeredAt").entity(String.class)
                .get()).isNotBlank();
    }

    @Test
    void answersBeforeClosingAreRefusedAndNoSurveyIsOfferedBeforeIt() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("resolveByCss", id, "resolution", "Lampa vyměněna.");
        phoneAnswer(id, 5, null).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).hasToString("CONFLICT");
            assertThat(error.getMessage()).contains("is RESOLVED_BY_CSS").contains("has not been closed");
        }));
        offerResponse(id, "EMAIL").errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("offered only once a request is closed")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffRecordAnAnswerTakenByPhoneAndTheCodeCannotAnswerAgain() {
        String id = closedRequest();
        String token = (String) offer(id, "PHONE").get("token");
        var survey = phoneAnswer(id, 3, "2099-01-01T00:00:00Z").errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("is too late");
                }));
        var recorded = phoneAnswer(id, 3, null).path("recordSatisfactionByPhone.survey").entity(Map.class).get();
        assertThat(recorded).containsEntry("answered", true).containsEntry("score", 3)
                .containsEntry("answeredBy", "STAFF_BY_PHONE");
        answer(token, 5, "YES", null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("only one answer is recorded")));
        phoneAnswer(id, 4, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).hasToString("CONFLICT")));
        assertThat(survey).isNotNull();
    }

    @Test
    void unknownCodeIsNotFound() {
        answer("no-such-code-" + System.nanoTime(), 5, "YES", null).errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void mayorSeesThatTheSurveyWasAnsweredButNotTheAnswer() {
        String id = closedRequest();
        phoneAnswerAfterOffer(id);
        var mayor = GraphQlClient.as(TestUser.MAYOR, port);
        var response = mayor.documentName("requestSurvey").variable("id", id).execute();
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.getErrorType()).hasToString("FORBIDDEN");
            assertThat(error.getPath()).isIn("request.survey.score", "request.survey.resolved",
                    "request.survey.comment");
        }));
        var survey = mayor.documentName("requestSurveyWithoutAnswer").variable("id", id).execute()
                .path("request.survey").entity(Map.class).get();
        assertThat((Map<String, Object>) survey).containsEntry("answered", true)
                .containsEntry("answeredBy", "STAFF_BY_PHONE");
    }

    private void phoneAnswerAfterOffer(String id) {
        offer(id, "PHONE");
        phoneAnswer(id, 2, null).path("recordSatisfactionByPhone.survey.answered").entity(Boolean.class)
                .isEqualTo(true);
    }

    /** A request the CSS resolved, reported to the mayor and closed. */
    private String closedRequest() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("resolveByCss", id, "resolution", "Technické služby lampu vyměnily.");
        ledger.act("informMayor", id, "mayorName", "Milan Buček", "method", "EMAIL", "message", "Lampa vyměněna.");
        ledger.act("closeRequest", id, "outcome", "RESOLVED");
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> offer(String id, String channel) {
        return offerResponse(id, channel).path("offerSatisfactionSurvey").entity(Map.class).get();
    }

    private GraphQlTester.Response offerResponse(String id, String channel) {
        return staff.documentName("offerSatisfactionSurvey")
                .variable("input", Map.of("requestId", id, "channel", channel)).execute();
    }

    private GraphQlTester.Response answer(String token, int score, String resolved, String comment) {
        var input = new HashMap<String, Object>(Map.of("token", token, "score", score, "resolved", resolved));
        input.put("comment", comment);
        return citizen.documentName("answerSatisfactionSurvey").variable("input", input).execute();
    }

    private GraphQlTester.Response phoneAnswer(String id, int score, String answeredAt) {
        var input = new HashMap<String, Object>(Map.of("requestId", id, "score", score, "resolved", "YES",
                "comment", "Volala paní Svobodová, spokojena."));
        input.put("answeredAt", answeredAt);
        return staff.documentName("recordSatisfactionByPhone").variable("input", input).execute();
    }

    /** The citizen's answer reaches the statistics read model asynchronously. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitAnswered(String id) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Map<String, Object> request = staff.documentName("requestSurvey").variable("id", id).execute()
                    .path("request").entity(Map.class).get();
            var survey = (Map<String, Object>) request.get("survey");
            var timeline = (List<?>) request.get("timeline");
            if ((survey != null && Boolean.TRUE.equals(survey.get("answered")) && timeline.size() >= 7)
                    || System.currentTimeMillis() > deadline) {
                return request;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return request;
            }
        }
    }
}
