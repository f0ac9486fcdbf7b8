package cz.css.ledger.audit.history;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.PersonalDataErasedEvent;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.audit.api.RequestAsOfView;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request folded from its events, one at a time, with the same meaning the staff read model
 * gives them; independent of that read model, so an auditor can compare the two.
 */
final class RequestState {
    private String requestId;
    private String registrationNumber;
    private RequestStatus status;
    private String municipalityCode;
    private String agendaCode;
    private RequestKind kind;
    private Channel channel;
    private String subject;
    private String description;
    private Urgency urgency;
    private String citizenName;
    private String citizenEmail;
    private String citizenPhone;
    private String citizenPostalAddress;
    private String assignee;
    private String registeredBy;
    private Instant receivedAt;
    private LocalDate respondBy;
    private String resolvedBy;
    private String resolution;
    private String routedTo;
    private boolean mayorInformed;
    private boolean citizenNotified;
    private CloseOutcome closeOutcome;
    private boolean personalDataErased;
    private Instant lastChangedAt;
    private long version = -1;

    boolean isRegistered() {
        return requestId != null;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    void apply(RequestEvent event, long sequence, Instant at) {
        if (event instanceof RequestRegisteredEvent e) {
            registered(e);
        } else if (event instanceof RequestAssignedEvent e) {
            assignee = e.assignee();
        } else if (event instanceof RequestReclassifiedEvent e) {
            municipalityCode = e.municipality().value();
            agendaCode = e.agenda().value();
            kind = e.kind();
            respondBy = e.respondBy();
        } else if (event instanceof RequestResolvedByCssEvent e) {
            resolve("CSS", e.resolution(), RequestStatus.RESOLVED_BY_CSS);
        } else if (event instanceof MayorInformedEvent) {
            status = RequestStatus.MAYOR_INFORMED;
            mayorInformed = true;
        } else if (event instanceof RequestRoutedToMunicipalityEvent e) {
            status = RequestStatus.ROUTED_TO_MUNICIPALITY;
            routedTo = e.recipient();
        } else if (event instanceof MunicipalityResolvedRequestEvent e) {
            resolve("MUNICIPALITY", e.outcome(), RequestStatus.RESOLVED_BY_MUNICIPALITY);
        } else if (event instanceof RequestReturnedToCssEvent) {
            status = RequestStatus.RETURNED_TO_CSS;
            routedTo = null;
        } else if (event instanceof CitizenNotifiedEvent) {
            citizenNotified = true;
        } else if (event instanceof RequestClosedEvent e) {
            status = RequestStatus.CLOSED;
            closeOutcome = e.outcome();
        } else if (event instanceof RequestReopenedEvent) {
            reopen();
        } else if (event instanceof RequestWithdrawnEvent) {
            status = RequestStatus.WITHDRAWN;
        } else if (event instanceof RequestDeclinedEvent e) {
            status = RequestStatus.DECLINED;
            resolution = e.referralAdvice();
        } else if (event instanceof PersonalDataErasedEvent) {
            erasePersonalData();
        }
        // InternalNoteAddedEvent and SupportingDocumentsPreparedEvent change no field, only the version
        version = sequence;
        lastChangedAt = at;
    }

    private void registered(RequestRegisteredEvent e) {
        requestId = e.requestId();
        registrationNumber = e.registrationNumber();
        status = RequestStatus.RECEIVED;
        municipalityCode = e.municipality().value();
        agendaCode = e.agenda().value();
        kind = e.kind();
        channel = e.channel();
        subject = e.subject();
        description = e.description() == null ? null : e.description().text();
        urgency = e.urgency();
        if (e.citizen() != null) {
            citizenName = e.citizen().name();
            citizenEmail = e.citizen().email();
            citizenPhone = e.citizen().phone();
            citizenPostalAddress = e.citizen().postalAddress();
        }
        registeredBy = e.registeredBy();
        receivedAt = e.receivedAt();
        respondBy = e.respondBy();
        if (e.description() != null && e.description().wasErased()) {
            // the data key is destroyed: at any instant, before the erasure too, the fields read as erased
            erasePersonalData();
        }
    }

    private void erasePersonalData() {
        citizenName = null;
        citizenEmail = null;
        citizenPhone = null;
        citizenPostalAddress = null;
        description = null;
        personalDataErased = true;
    }

    private void resolve(String resolver, String text, RequestStatus resolved) {
        resolvedBy = resolver;
        resolution = text;
        status = resolved;
    }

    /** Received again: the earlier outcome no longer stands. */
    private void reopen() {
        status = RequestStatus.RECEIVED;
        resolvedBy = null;
        resolution = null;
        routedTo = null;
        mayorInformed = false;
        citizenNotified = false;
        closeOutcome = null;
    }

    RequestAsOfView view(Instant asOf) {
        return new RequestAsOfView(requestId, asOf, registrationNumber, status, municipalityCode, agendaCode, kind,
                channel, subject, description, urgency, citizenName, citizenEmail, citizenPhone, citizenPostalAddress,
                assignee, registeredBy, receivedAt, respondBy, resolvedBy, resolution, routedTo, mayorInformed,
                citizenNotified, closeOutcome, personalDataErased, lastChangedAt, version);
    }
}
