package cz.css.ledger.query.statistics;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.query.api.SurveyView;
import cz.css.ledger.query.api.TrendGranularity;
import jakarta.persistence.Column;
import cz.css.ledger.query.projection.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One satisfaction survey: the request's classification when it was offered, the offer and the
 * answer. A reopened request keeps its earlier surveys; each closing gets its own.
 */
@Entity
@Table(name = "statistics_survey_fact")
class SurveyFact extends ProjectedRow {
    @Id
    private String surveyId;
    private String requestId;
    private String registrationNumber;
    private String municipalityCode;
    private String agendaCode;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String resolver;
    @Enumerated(EnumType.STRING)
    private NotificationChannel offerChannel;
    private Instant offeredAt;
    private Instant answerBy;
    private LocalDate offeredWeek;
    private LocalDate offeredMonth;
    private LocalDate offeredQuarter;
    private Instant answeredAt;
    private Integer score;
    @Enumerated(EnumType.STRING)
    private ResolvedAnswer resolvedAnswer;
    @Enumerated(EnumType.STRING)
    private SurveyRespondent answeredBy;
    @Column(name = "answer_comment")
    private String comment;
    private long version;

    protected SurveyFact() {
        // for JPA
    }

    SurveyFact(String surveyId, String requestId, String registrationNumber, String municipalityCode,
            String agendaCode, RequestKind kind, Channel channel, String resolver) {
        this.surveyId = surveyId;
        this.requestId = requestId;
        this.registrationNumber = registrationNumber;
        this.municipalityCode = municipalityCode;
        this.agendaCode = agendaCode;
        this.kind = kind;
        this.channel = channel;
        this.resolver = resolver;
        made();
    }

    SurveyFact offered(SatisfactionSurveyOfferedEvent event, long sequence) {
        offerChannel = event.channel();
        offeredAt = RequestFact.micros(event.offeredAt());
        answerBy = RequestFact.micros(event.answerBy());
        offeredWeek = RequestFact.step(offeredAt, TrendGranularity.WEEK);
        offeredMonth = RequestFact.step(offeredAt, TrendGranularity.MONTH);
        offeredQuarter = RequestFact.step(offeredAt, TrendGranularity.QUARTER);
        version = sequence;
        return this;
    }

    boolean isBehind(long sequence) {
        return sequence > version;
    }

    void answer(SatisfactionRecordedEvent event, long sequence) {
        answeredAt = RequestFact.micros(event.answeredAt());
        score = event.score();
        resolvedAnswer = event.resolved();
        answeredBy = event.answeredBy();
        comment = event.comment() == null || event.comment().wasErased() ? null : event.comment().text();
        version = sequence;
    }

    void eraseComment(long sequence) {
        comment = null;
        version = sequence;
    }

    /** What the survey counts in the aggregates (V14) as it is now. */
    Tally tally() {
        return new Tally().survey(municipalityCode, resolver, offeredAt, score, resolvedAnswer == ResolvedAnswer.YES);
    }

    SurveyView view() {
        return new SurveyView(surveyId, requestId, registrationNumber, offerChannel, offeredAt, answerBy, score,
                resolvedAnswer, comment, answeredBy, answeredAt, version);
    }

    String surveyId() {
        return surveyId;
    }

    @Override
    public String getId() {
        return surveyId;
    }

    String requestId() {
        return requestId;
    }
}
