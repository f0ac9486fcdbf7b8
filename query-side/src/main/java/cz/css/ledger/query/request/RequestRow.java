package cz.css.ledger.query.request;

import static java.time.temporal.ChronoUnit.MICROS;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.query.api.CitizenView;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.projection.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One request as the queue shows it. Only the projection changes it, one event at a time;
 * {@code version} is the sequence number of the last event applied.
 */
@Entity
@Table(name = "request_view")
class RequestRow extends ProjectedRow {
    static final String CSS = "CSS";
    static final String MUNICIPALITY = "MUNICIPALITY";

    @Id
    private String requestId;
    private String registrationNumber;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private String municipalityCode;
    private String agendaCode;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String subject;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    private String searchText;
    private String citizenName;
    private String citizenEmail;
    private String citizenPhone;
    private String citizenPostalAddress;
    private String description;
    private String assignee;
    private String registeredBy;
    private Instant receivedAt;
    private LocalDate respondBy;
    private String resolvedBy;
    private String resolution;
    private String routedTo;
    private boolean mayorInformed;
    private boolean citizenNotified;
    private boolean personalDataErased;
    @Enumerated(EnumType.STRING)
    private CloseOutcome closeOutcome;
    private Instant lastChangedAt;
    private long version;

    protected RequestRow() {
        // for JPA
    }

    RequestRow(RequestRegisteredEvent event, long sequence, Instant at) {
        made();
        requestId = event.requestId();
        registrationNumber = event.registrationNumber();
        status = RequestStatus.RECEIVED;
        municipalityCode = event.municipality().value();
        agendaCode = event.agenda().value();
        kind = event.kind();
        channel = event.channel();
        subject = event.subject();
        urgency = event.urgency();
        searchText = SearchText.fold(subject + " " + registrationNumber);
        if (event.citizen() != null) {
            citizenName = event.citizen().name();
            citizenEmail = event.citizen().email();
            citizenPhone = event.citizen().phone();
            citizenPostalAddress = event.citizen().postalAddress();
        }
        description = event.description() == null ? null : event.description().text();
        if (event.description() != null && event.description().wasErased()) {
            erasePersonalData();
        }
        registeredBy = event.registeredBy();
        receivedAt = event.receivedAt().truncatedTo(MICROS);
        respondBy = event.respondBy();
        applied(sequence, at);
    }

    /** Purges the citizen's personal data; what remains says only that there was some. */
    void erasePersonalData() {
        citizenName = null;
        citizenEmail = null;
        citizenPhone = null;
        citizenPostalAddress = null;
        description = null;
        personalDataErased = true;
    }

    /** Whether the event with this sequence number is not yet applied (a re-delivered one is). */
    boolean isBehind(long sequence) {
        return sequence > version;
    }

    void applied(long sequence, Instant at) {
        version = sequence;
        lastChangedAt = at.truncatedTo(MICROS);
    }

    void assign(String assignee) {
        this.assignee = assignee;
    }

    void reclassify(RequestReclassifiedEvent event) {
        municipalityCode = event.municipality().value();
        agendaCode = event.agenda().value();
        kind = event.kind();
        respondBy = event.respondBy();
    }

    void resolve(String resolver, String resolution, RequestStatus status) {
        this.resolvedBy = resolver;
        this.resolution = resolution;
        this.status = status;
    }

    void informMayor() {
        status = RequestStatus.MAYOR_INFORMED;
        mayorInformed = true;
    }

    void route(String recipient) {
        status = RequestStatus.ROUTED_TO_MUNICIPALITY;
        routedTo = recipient;
    }

    void returnToCss() {
        status = RequestStatus.RETURNED_TO_CSS;
        routedTo = null;
    }

    void decline(String referralAdvice) {
        status = RequestStatus.DECLINED;
        resolution = referralAdvice;
    }

    void notifyCitizen() {
        citizenNotified = true;
    }

    void close(CloseOutcome outcome) {
        status = RequestStatus.CLOSED;
        closeOutcome = outcome;
    }

    /** Received again: the earlier outcome no longer stands, so it must be resolved, reported and told anew. */
    void reopen() {
        status = RequestStatus.RECEIVED;
        resolvedBy = null;
        resolution = null;
        routedTo = null;
        mayorInformed = false;
        citizenNotified = false;
        closeOutcome = null;
    }

    void withdraw() {
        status = RequestStatus.WITHDRAWN;
    }

    String requestId() {
        return requestId;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String agendaCode() {
        return agendaCode;
    }

    RequestView view(String municipalityName, String agendaName) {
        return new RequestView(requestId, registrationNumber, status, municipalityCode, municipalityName, agendaCode,
                agendaName, kind, channel, subject, description, urgency,
                new CitizenView(citizenName, citizenEmail, citizenPhone, citizenPostalAddress), assignee,
                registeredBy, receivedAt, respondBy, resolvedBy, resolution, routedTo, mayorInformed,
                citizenNotified, closeOutcome, personalDataErased, lastChangedAt, version);
    }

    @Override
    public String getId() {
        return requestId;
    }
}
