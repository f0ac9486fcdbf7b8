package cz.css.ledger.query.request;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test data: registrations of citizen requests, varied one property at a time. */
record Requests(String requestId, String number, String municipality, String agenda, RequestKind kind,
        Urgency urgency, String subject, Instant receivedAt) {

    static final String IVANCICE = "583171";
    static final String OSLAVANY = "583669";
    static final String WASTE = "WASTE";
    static final String ROADS = "ROADS";
    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");

    static Requests registration(String number) {
        return new Requests(UUID.randomUUID().toString(), number, IVANCICE, WASTE, RequestKind.REQUEST,
                Urgency.NORMAL, "Přeplněné kontejnery na tříděný odpad", MONDAY_MORNING);
    }

    Requests in(String municipality, String agenda) {
        return new Requests(requestId, number, municipality, agenda, kind, urgency, subject, receivedAt);
    }

    Requests kind(RequestKind kind) {
        return new Requests(requestId, number, municipality, agenda, kind, urgency, subject, receivedAt);
    }

    Requests urgency(Urgency urgency) {
        return new Requests(requestId, number, municipality, agenda, kind, urgency, subject, receivedAt);
    }

    Requests subject(String subject) {
        return new Requests(requestId, number, municipality, agenda, kind, urgency, subject, receivedAt);
    }

    Requests receivedAt(Instant receivedAt) {
        return new Requests(requestId, number, municipality, agenda, kind, urgency, subject, receivedAt);
    }

    RequestRegisteredEvent event() {
        return new RequestRegisteredEvent(requestId, number, MunicipalityCode.of(municipality),
                AgendaCode.of(agenda), kind, Channel.PHONE, subject,
                PersonalText.of("U domu č. p. 12 se hromadí odpad už týden."), urgency,
                new CitizenContact("Marie Dvořáková", "marie.dvorakova@example.cz", "+420 601 234 567", null),
                "jana.novakova", receivedAt, LocalDate.of(2026, 4, 1));
    }
}
