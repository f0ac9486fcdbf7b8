package cz.css.ledger.query.statistics;

import static java.time.temporal.ChronoUnit.MICROS;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.query.api.TrendGranularity;
import cz.css.ledger.query.projection.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of one request's current life that the statistics count: classification, status and
 * the time of each step. Only the projection changes it; {@code version} is the sequence number of
 * the last event applied. A reopening starts a new life: the steps after receipt are cleared.
 */
@Entity
@Table(name = "statistics_request_fact")
class RequestFact extends ProjectedRow {
    static final String CSS = "CSS";
    static final String MUNICIPALITY = "MUNICIPALITY";

    @Id
    private String requestId;
    private String registrationNumber;
    private String municipalityCode;
    private String agendaCode;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private Instant receivedAt;
    private String resolver;
    private Instant resolvedAt;
    private Long resolutionSeconds;
    private LocalDate resolvedWeek;
    private LocalDate resolvedMonth;
    private LocalDate resolvedQuarter;
    private Instant mayorInformedAt;
    private Long informMayorSeconds;
    private Instant routedAt;
    private Instant routingEndedAt;
    private Instant citizenNotifiedAt;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private CloseOutcome closeOutcome;
    private Instant surveyOfferedAt;
    private Instant surveyAnsweredAt;
    private long version;

    protected RequestFact() {
        // for JPA
    }

    RequestFact(RequestRegisteredEvent event, long sequence) {
        requestId = event.requestId();
        registrationNumber = event.registrationNumber();
        municipalityCode = event.municipality().value();
        agendaCode = event.agenda().value();
        kind = event.kind();
        channel = event.channel();
        status = RequestStatus.RECEIVED;
        receivedAt = micros(event.receivedAt());
        version = sequence;
        made();
    }

    /** Whether the event with this sequence number is not yet applied (a re-delivered one is). */
    boolean isBehind(long sequence) {
        return sequence > version;
    }

    void applied(long sequence) {
        version = sequence;
    }

    void reclassify(RequestReclassifiedEvent event) {
        municipalityCode = event.municipality().value();
        agendaCode = event.agenda().value();
        kind = event.kind();
    }

    void resolve(String by, Instant at) {
        status = CSS.equals(by) ? RequestStatus.RESOLVED_BY_CSS : RequestStatus.RESOLVED_BY_MUNICIPALITY;
        resolver = by;
        resolvedAt = micros(at);
        resolutionSeconds = secondsBetween(receivedAt, resolvedAt);
        resolvedWeek = step(resolvedAt, TrendGranularity.WEEK);
        resolvedMonth = step(resolvedAt, TrendGranularity.MONTH);
        resolvedQuarter = step(resolvedAt, TrendGranularity.QUARTER);
        if (MUNICIPALITY.equals(by)) {
            routingEndedAt = resolvedAt;
        }
    }

    void informMayor(Instant informedAt) {
        status = RequestStatus.MAYOR_INFORMED;
        mayorInformedAt = micros(informedAt);
        informMayorSeconds = resolvedAt == null ? null : secondsBetween(resolvedAt, mayorInformedAt);
    }

    void route(Instant at) {
        status = RequestStatus.ROUTED_TO_MUNICIPALITY;
        routedAt = micros(at);
        routingEndedAt = null;
    }

    void returnToCss(Instant at) {
        status = RequestStatus.RETURNED_TO_CSS;
        routingEndedAt = micros(at);
    }

    void notifyCitizen(Instant at) {
        citizenNotifiedAt = micros(at);
    }

    void close(CloseOutcome outcome, Instant at) {
        status = RequestStatus.CLOSED;
        closeOutcome = outcome;
        closedAt = micros(at);
    }

    void decline() {
        status = RequestStatus.DECLINED;
    }

    void withdraw(Instant at) {
        if (status == RequestStatus.ROUTED_TO_MUNICIPALITY) {
            routingEndedAt = micros(at);
        }
        status = RequestStatus.WITHDRAWN;
    }

    /** Received again: a new life whose steps are yet to happen. */
    void reopen() {
        status = RequestStatus.RECEIVED;
        resolver = null;
        resolvedAt = null;
        resolutionSeconds = null;
        resolvedWeek = null;
        resolvedMonth = null;
        resolvedQuarter = null;
        mayorInformedAt = null;
        informMayorSeconds = null;
        routedAt = null;
        routingEndedAt = null;
        citizenNotifiedAt = null;
        closedAt = null;
        closeOutcome = null;
        surveyOfferedAt = null;
        surveyAnsweredAt = null;
    }

    void offerSurvey(Instant offeredAt) {
        surveyOfferedAt = micros(offeredAt);
        surveyAnsweredAt = null;
    }

    void answerSurvey(Instant answeredAt) {
        surveyAnsweredAt = micros(answeredAt);
    }

    /** What the request counts in the aggregates (V14) as it is now. */
    Tally tally() {
        return new Tally()
                .received(municipalityCode, receivedAt, status.name(), agendaCode, kind.name(), channel.name(),
                        CSS.equals(resolver), routedAt != null)
                .duration(Tally.RESOLUTION, municipalityCode, resolver, resolvedAt, resolutionSeconds)
                .duration(Tally.INFORM_MAYOR, municipalityCode, resolver, mayorInformedAt, informMayorSeconds);
    }

    SurveyFact survey(String surveyId) {
        return new SurveyFact(surveyId, requestId, registrationNumber, municipalityCode, agendaCode, kind, channel,
                resolver);
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(MICROS);
    }

    static LocalDate step(Instant instant, TrendGranularity granularity) {
        return CalendarSteps.startOf(CalendarSteps.pragueDay(instant), granularity);
    }

    /** Seconds from one step to the next, never negative (a business time entered earlier counts as at once). */
    private static long secondsBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }

    String requestId() {
        return requestId;
    }

    @Override
    public String getId() {
        return requestId;
    }
}
