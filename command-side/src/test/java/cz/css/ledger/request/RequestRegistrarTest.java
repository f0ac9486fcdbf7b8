package cz.css.ledger.request;

import static cz.css.ledger.request.Requests.CLERK;
import static cz.css.ledger.request.Requests.ID;
import static cz.css.ledger.request.Requests.OTHER_ID;
import static cz.css.ledger.request.Requests.RECEIVED_AT;
import static cz.css.ledger.request.Requests.RESPOND_BY;
import static cz.css.ledger.request.Requests.assign;
import static cz.css.ledger.request.Requests.assigned;
import static cz.css.ledger.request.Requests.registeredAs;
import static cz.css.ledger.request.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestKind;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

class RequestRegistrarTest {
    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "web-form-7f3a";

    private final RegistrationCounters counters = mock(RegistrationCounters.class);
    private final RegistrationIdempotencyKeys keys = mock(RegistrationIdempotencyKeys.class);
    private RegistrationCounter year2026;

    @BeforeEach
    void setUp() {
        year2026 = counterOf(2026, 0);
        when(counters.lockYear(2026)).thenReturn(Optional.of(year2026));
    }

    /** A fresh fixture for each registration: the counters and keys outlive it, as the lookup tables do. */
    private FixtureConfiguration<CitizenRequest> registrarAt(Clock clock) {
        var fixture = new AggregateTestFixture<>(CitizenRequest.class);
        fixture.registerAnnotatedCommandHandler(new RequestRegistrar(fixture.getRepository(), counters, keys, clock));
        return fixture;
    }

    @Test
    void canRegisterFirstRequestOfTheYearAsNumberOne() {
        when(counters.lockYear(2026)).thenReturn(Optional.empty(), Optional.of(year2026));
        RegisterRequestCommand command = registration(ID);
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", RESPOND_BY))
                .expectResultMessagePayload(ID);
        verify(counters).createYearIfMissing(2026);
    }

    @Test
    void aYearAlreadyCountingIsLockedWithoutBeingCreatedAgain() {
        RegisterRequestCommand command = registration(ID);
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", RESPOND_BY));
        verify(counters, never()).createYearIfMissing(anyInt());
    }

    @Test
    void givesTheNextRequestOfTheYearTheNextNumber() {
        RegisterRequestCommand first = registration(ID);
        RegisterRequestCommand second = registration(OTHER_ID);

        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(first)
                .expectEvents(registeredAs(first, "CSS-2026-000001", RESPOND_BY));
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(second)
                .expectEvents(registeredAs(second, "CSS-2026-000002", RESPOND_BY))
                .expectResultMessagePayload(OTHER_ID);
    }

    @Test
    void countsEachYearSeparately() {
        year2026 = counterOf(2026, 41);
        when(counters.lockYear(2026)).thenReturn(Optional.of(year2026));
        when(counters.lockYear(2027)).thenReturn(Optional.empty(), Optional.of(counterOf(2027, 0)));
        RegisterRequestCommand command = registration(ID, null, RequestKind.REQUEST,
                Instant.parse("2027-01-04T09:00:00Z"));

        registrarAt(Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC)).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2027-000001", LocalDate.parse("2027-02-03")));

        verify(counters).createYearIfMissing(2027);
        assertThat(year2026.next()).isEqualTo("CSS-2026-000042");
    }

    @Test
    void takesTheYearOfRegistrationInPrague() {
        // 23:30 UTC on New Year's Eve is already 1 January in Prague
        Clock newYearsEve = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        when(counters.lockYear(2027)).thenReturn(Optional.of(counterOf(2027, 0)));
        RegisterRequestCommand command = registration(ID, null, RequestKind.REQUEST,
                Instant.parse("2026-12-31T23:30:00Z"));

        registrarAt(newYearsEve).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2027-000001", LocalDate.parse("2027-01-31")));
    }

    @Test
    void remembersTheIdempotencyKeyOfANewRegistration() {
        when(keys.findById(KEY)).thenReturn(Optional.empty());
        RegisterRequestCommand command = registration(ID, KEY, RequestKind.REQUEST, RECEIVED_AT);

        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", RESPOND_BY))
                .expectResultMessagePayload(ID);

        var saved = ArgumentCaptor.forClass(RegistrationIdempotencyKey.class);
        verify(keys).save(saved.capture());
        assertThat(saved.getValue().requestId()).isEqualTo(ID);
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstRequestAndRegistersNothing() {
        when(keys.findById(KEY)).thenReturn(Optional.of(new RegistrationIdempotencyKey(KEY, ID)));

        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(registration(OTHER_ID, KEY, RequestKind.REQUEST, RECEIVED_AT))
                .expectNoEvents()
                .expectResultMessagePayload(ID);

        verify(keys, never()).save(any());
        assertThat(year2026.next()).as("the repeated registration used no number").isEqualTo("CSS-2026-000001");
    }

    @Test
    void retryWithTheSameKeyAfterARegistrationReturnsItsId() {
        when(keys.findById(KEY)).thenReturn(Optional.empty());
        RegisterRequestCommand first = registration(ID, KEY, RequestKind.REQUEST, RECEIVED_AT);
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(first)
                .expectEvents(registeredAs(first, "CSS-2026-000001", RESPOND_BY));
        var saved = ArgumentCaptor.forClass(RegistrationIdempotencyKey.class);
        verify(keys).save(saved.capture());
        when(keys.findById(KEY)).thenReturn(Optional.of(saved.getValue()));

        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(registration(OTHER_ID, KEY, RequestKind.REQUEST, RECEIVED_AT))
                .expectNoEvents()
                .expectResultMessagePayload(ID);
    }

    @Test
    void registrationWithoutIdempotencyKeyLeavesTheKeysAlone() {
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(registration(ID, "   ", RequestKind.REQUEST, RECEIVED_AT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID);
        verifyNoInteractions(keys);
    }

    @ParameterizedTest
    @CsvSource({
        "INFORMATION_REQUEST, 2026-03-17",
        "COMPLAINT,           2026-05-01",
        "REQUEST,             2026-04-01",
        "SUGGESTION,          2026-04-01",
        "FAULT_OR_EMERGENCY,  2026-04-01",
        "OTHER,               2026-04-01"
    })
    void respondByIsTheReceiptDayPlusTheStatutoryDaysOfTheKind(RequestKind kind, LocalDate respondBy) {
        RegisterRequestCommand command = registration(ID, null, kind, RECEIVED_AT);
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", respondBy));
    }

    @Test
    void respondByCountsFromTheReceiptDayInPragueNotInUtc() {
        // received at 00:30 on 2 March in Prague, which is still 1 March in UTC
        RegisterRequestCommand command = registration(ID, null, RequestKind.REQUEST,
                Instant.parse("2026-03-01T23:30:00Z"));
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", LocalDate.parse("2026-04-01")));
    }

    @Test
    void respondByCountsFromTheReceiptDayNotTheRegistrationDay() {
        // a letter received on Friday 27 February and registered on Monday 2 March
        RegisterRequestCommand command = registration(ID, null, RequestKind.INFORMATION_REQUEST,
                Instant.parse("2026-02-27T08:00:00Z"));
        registrarAt(MARCH_2026).givenNoPriorActivity()
                .when(command)
                .expectEvents(registeredAs(command, "CSS-2026-000001", LocalDate.parse("2026-03-14")));
    }

    @Test
    void registeredRequestIsReceivedAndCanBeAssigned() {
        var fixture = registrarAt(MARCH_2026);
        fixture.givenCommands(registration(ID))
                .when(assign(ID, CLERK))
                .expectEvents(assigned(ID, CLERK, null))
                .expectResultMessagePayload(1L);
    }

    /** A year's counter as the lookup table holds it; JPA alone sets its fields. */
    private static RegistrationCounter counterOf(int year, long lastNumber) {
        try {
            var counter = new RegistrationCounter();
            set(counter, "year", year);
            set(counter, "lastNumber", lastNumber);
            return counter;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(RegistrationCounter counter, String field, Object value)
            throws ReflectiveOperationException {
        Field f = RegistrationCounter.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(counter, value);
    }
}
