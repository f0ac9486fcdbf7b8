package cz.css.ledger.request;

import static cz.css.ledger.api.RequestStatus.CLOSED;
import static cz.css.ledger.api.RequestStatus.MAYOR_INFORMED;
import static cz.css.ledger.api.RequestStatus.RECEIVED;
import static cz.css.ledger.request.Refusals.refusedIn;
import static cz.css.ledger.request.Refusals.withCode;
import static cz.css.ledger.request.Requests.ID;
import static cz.css.ledger.request.Requests.closed;
import static cz.css.ledger.request.Requests.in;
import static cz.css.ledger.request.Requests.mayorInformed;
import static cz.css.ledger.request.Requests.reopened;
import static cz.css.ledger.request.Requests.resolvedByCss;
import static cz.css.ledger.request.Requests.versionAfterOneMoreEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cz.css.ledger.api.AnswerSatisfactionSurveyCommand;
import cz.css.ledger.api.ErrorCode;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SurveyInvitation;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.api.UnknownEntityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

/** The satisfaction survey of a closed request: the offer with its one-time code, and the one answer. */
class SatisfactionSurveyTest {
    static final String SURVEY = "5b1c0a2e-7d3f-4e8a-9b6c-2d4e6f8a0b1c";
    static final String NEXT_SURVEY = "6c2d1b3f-8e4a-4f9b-8c7d-3e5f7a9b1c2d";
    static final String CODE = "q3Vx-7Lr0aBcD9eFgHiJkLmNoPqRsTuVwXyZ012345_";
    /** 10 March 2026, 9:00 in Prague. */
    static final Instant OFFERED_AT = Instant.parse("2026-03-10T08:00:00Z");
    static final Instant ANSWER_BY = OFFERED_AT.plus(Duration.ofDays(30));
    static final Instant ANSWERED_AT = OFFERED_AT.plus(Duration.ofDays(2));
    static final SatisfactionAnswer PLEASED = SatisfactionAnswer.of(5, ResolvedAnswer.YES, "Rychlé a vstřícné.");

    private final SurveyTokens tokens = mock(SurveyTokens.class);
    private FixtureConfiguration<CitizenRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWithAnswerDays(30);
    }

    private FixtureConfiguration<CitizenRequest> fixtureWithAnswerDays(int days) {
        var configured = new AggregateTestFixture<>(CitizenRequest.class);
        configured.registerAnnotatedCommandHandler(
                new SatisfactionSurveys(configured.getRepository(), tokens, days, () -> CODE));
        return configured;
    }

    static OfferSatisfactionSurveyCommand offer(String surveyId) {
        return new OfferSatisfactionSurveyCommand(ID, surveyId, NotificationChannel.EMAIL, OFFERED_AT);
    }

    static SatisfactionSurveyOfferedEvent offered(String surveyId) {
        return new SatisfactionSurveyOfferedEvent(ID, surveyId, NotificationChannel.EMAIL, OFFERED_AT, ANSWER_BY);
    }

    static SatisfactionRecordedEvent recorded(SurveyRespondent respondent, Instant at) {
        return new SatisfactionRecordedEvent(ID, SURVEY, PLEASED.score(), PLEASED.resolved(), PLEASED.comment(),
                respondent, at);
    }

    private void codeIsIssuedFor(String surveyId, boolean used) {
        var token = new SurveyToken(SurveyCodes.hash(CODE), ID, surveyId, OFFERED_AT);
        if (used) {
            token.use(ANSWERED_AT);
        }
        when(tokens.lockByHash(SurveyCodes.hash(CODE))).thenReturn(Optional.of(token));
    }

    @Nested
    class Offering {

        @Test
        void canOfferSurveyOnceRequestIsClosedAndIssuesOneTimeCode() {
            List<Object> history = in(CLOSED);
            fixture.given(history)
                    .when(offer(SURVEY))
                    .expectEvents(offered(SURVEY))
                    .expectResultMessagePayload(new SurveyInvitation(ID, SURVEY, CODE, ANSWER_BY,
                            versionAfterOneMoreEvent(history)));
            var saved = ArgumentCaptor.forClass(SurveyToken.class);
            verify(tokens).save(saved.capture());
            assertThat(saved.getValue().surveyId()).isEqualTo(SURVEY);
            assertThat(saved.getValue().requestId()).isEqualTo(ID);
            assertThat(saved.getValue().isUsed()).isFalse();
        }

        @Test
        void keepsOnlyTheHashOfTheCode() {
            fixture.given(in(CLOSED)).when(offer(SURVEY)).expectSuccessfulHandlerExecution();
            var saved = ArgumentCaptor.forClass(SurveyToken.class);
            verify(tokens).save(saved.capture());
            assertThat(saved.getValue().tokenHash()).isEqualTo(SurveyCodes.hash(CODE)).hasSize(64)
                    .isNotEqualTo(CODE);
        }

        @Test
        void answerWindowIsCountedFromTheOfferInConfiguredDays() {
            fixtureWithAnswerDays(14).given(in(CLOSED))
                    .when(offer(SURVEY))
                    .expectEvents(new SatisfactionSurveyOfferedEvent(ID, SURVEY, NotificationChannel.EMAIL, OFFERED_AT,
                            Instant.parse("2026-03-24T08:00:00Z")));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "CLOSED")
        void cannotOfferSurveyBeforeTheRequestIsClosed(RequestStatus status) {
            fixture.given(in(status))
                    .when(offer(SURVEY))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("offered only once a request is closed"));
            verify(tokens, never()).save(any());
        }

        @Test
        void cannotOfferSurveyTwiceForOneClosing() {
            fixture.given(in(CLOSED, offered(SURVEY)))
                    .when(offer(NEXT_SURVEY))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED))
                    .expectExceptionMessage(allOf(containsString("already offered the satisfaction survey on "
                            + "10. 3. 2026 09:00"), containsString("once per closing")));
            verify(tokens, never()).save(any());
        }

        @Test
        void canOfferNewSurveyWhenReopenedRequestIsClosedAgain() {
            fixture.given(in(CLOSED, offered(SURVEY), reopened(ID, CLOSED), resolvedByCss(ID), mayorInformed(ID),
                            closed(ID)))
                    .when(offer(NEXT_SURVEY))
                    .expectEvents(offered(NEXT_SURVEY));
        }

        @Test
        void cannotOfferSurveyOfUnknownRequest() {
            fixture.givenNoPriorActivity()
                    .when(offer(SURVEY))
                    .expectNoEvents()
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }
    }

    @Nested
    class AnsweringWithTheCode {

        @Test
        void citizenCanAnswerWithTheCodeAndTheCodeIsUsedUp() {
            codeIsIssuedFor(SURVEY, false);
            List<Object> history = in(CLOSED, offered(SURVEY));
            fixture.given(history)
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWERED_AT))
                    .expectEvents(recorded(SurveyRespondent.CITIZEN_WITH_TOKEN, ANSWERED_AT))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
            var saved = ArgumentCaptor.forClass(SurveyToken.class);
            verify(tokens).save(saved.capture());
            assertThat(saved.getValue().isUsed()).isTrue();
        }

        @Test
        void cannotAnswerTwiceWithTheSameCode() {
            codeIsIssuedFor(SURVEY, true);
            fixture.given(in(CLOSED, offered(SURVEY), recorded(SurveyRespondent.CITIZEN_WITH_TOKEN, ANSWERED_AT)))
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWERED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(allOf(instanceOf(SurveyCodeUsedException.class), withCode(ErrorCode.CONFLICT)))
                    .expectExceptionMessage(containsString("already been used"));
        }

        @Test
        void cannotAnswerWithUnknownCode() {
            when(tokens.lockByHash(any())).thenReturn(Optional.empty());
            fixture.given(in(CLOSED, offered(SURVEY)))
                    .when(new AnswerSatisfactionSurveyCommand("not-a-code", PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(allOf(instanceOf(UnknownEntityException.class), withCode(ErrorCode.NOT_FOUND)));
        }

        @Test
        void canAnswerAtTheLastMomentOfTheAnswerWindow() {
            codeIsIssuedFor(SURVEY, false);
            fixture.given(in(CLOSED, offered(SURVEY)))
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWER_BY))
                    .expectEvents(recorded(SurveyRespondent.CITIZEN_WITH_TOKEN, ANSWER_BY));
        }

        @Test
        void cannotAnswerAfterTheAnswerWindowAndTheCodeStaysUnused() {
            codeIsIssuedFor(SURVEY, false);
            fixture.given(in(CLOSED, offered(SURVEY)))
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWER_BY.plusSeconds(1)))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED))
                    .expectExceptionMessage(allOf(containsString("answers were accepted until 9. 4. 2026 10:00"),
                            containsString("is too late")));
            verify(tokens, never()).save(any());
        }

        @Test
        void cannotAnswerWithCodeOfSurveyWithdrawnByReopening() {
            codeIsIssuedFor(SURVEY, false);
            fixture.given(in(CLOSED, offered(SURVEY), reopened(ID, CLOSED)))
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("withdrawn when the request was reopened"));
        }

        @Test
        void cannotAnswerTheNewSurveyWithTheCodeOfTheOldOne() {
            codeIsIssuedFor(SURVEY, false);
            fixture.given(in(CLOSED, offered(SURVEY), reopened(ID, CLOSED), resolvedByCss(ID), mayorInformed(ID),
                            closed(ID), offered(NEXT_SURVEY)))
                    .when(new AnswerSatisfactionSurveyCommand(CODE, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED));
        }
    }

    @Nested
    class RecordingAnAnswerTakenByPhone {

        @Test
        void staffCanRecordAnswerTheCitizenGaveOnThePhone() {
            List<Object> history = in(CLOSED, offered(SURVEY));
            fixture.given(history)
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectEvents(recorded(SurveyRespondent.STAFF_BY_PHONE, ANSWERED_AT))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void cannotRecordSecondAnswerAfterTheCitizenAnswered() {
            fixture.given(in(CLOSED, offered(SURVEY), recorded(SurveyRespondent.CITIZEN_WITH_TOKEN, ANSWERED_AT)))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT.plusSeconds(3600)))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED))
                    .expectExceptionMessage(containsString("only one answer is recorded"));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "CLOSED")
        void cannotRecordAnswerBeforeTheRequestIsClosed(RequestStatus status) {
            fixture.given(in(status))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("has not been closed"));
        }

        @Test
        void cannotRecordAnswerToSurveyThatWasNotOffered() {
            fixture.given(in(CLOSED))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED))
                    .expectExceptionMessage(containsString("has not been offered the satisfaction survey"));
        }

        @Test
        void cannotRecordAnswerDatedBeforeTheOffer() {
            fixture.given(in(CLOSED, offered(SURVEY)))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, OFFERED_AT.minusSeconds(60)))
                    .expectNoEvents()
                    .expectException(refusedIn(CLOSED))
                    .expectExceptionMessage(containsString("would precede the offer"));
        }

        @Test
        void cannotRecordAnswerToSurveyWithdrawnByReopening() {
            fixture.given(in(CLOSED, offered(SURVEY), reopened(ID, CLOSED)))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED));
        }

        @Test
        void answerGivenBeforeReopeningStaysAndTheNextClosingGetsItsOwnAnswer() {
            fixture.given(in(CLOSED, offered(SURVEY), recorded(SurveyRespondent.STAFF_BY_PHONE, ANSWERED_AT),
                            reopened(ID, CLOSED), resolvedByCss(ID), mayorInformed(ID), closed(ID),
                            offered(NEXT_SURVEY)))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectEvents(new SatisfactionRecordedEvent(ID, NEXT_SURVEY, 5, ResolvedAnswer.YES,
                            PLEASED.comment(), SurveyRespondent.STAFF_BY_PHONE, ANSWERED_AT));
        }

        @Test
        void cannotRecordAnswerWhileResolvedButNotClosed() {
            fixture.given(in(MAYOR_INFORMED))
                    .when(new RecordSatisfactionByPhoneCommand(ID, PLEASED, ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(refusedIn(MAYOR_INFORMED));
        }
    }

    @Test
    void commentIsPersonalText() {
        assertThat(PLEASED.comment()).isEqualTo(PersonalText.of("Rychlé a vstřícné."));
    }
}
