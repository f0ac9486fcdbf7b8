package cz.css.ledger.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A span of days in which a municipality agrees to an agenda: from the day agreed, until the day it ended. */
@Entity
@Table(name = "agenda_agreement_lookup")
class AgreementPeriod {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "agenda_code")
    private String agendaCode;

    /** Null only for agreements recorded before the lookup kept days: in effect from the start. */
    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected AgreementPeriod() {
        // for JPA
    }

    AgreementPeriod(String municipalityCode, String agendaCode, LocalDate agreedOn) {
        this.municipalityCode = municipalityCode;
        this.agendaCode = agendaCode;
        this.agreedOn = agreedOn;
    }

    /** In effect on that day: agreed on it or before, and not ended on it or before. */
    boolean covers(LocalDate day) {
        return (agreedOn == null || !day.isBefore(agreedOn)) && (endedOn == null || day.isBefore(endedOn));
    }

    boolean isOf(String municipality, String agenda) {
        return municipalityCode.equals(municipality) && agendaCode.equals(agenda);
    }

    boolean isOpen() {
        return endedOn == null;
    }

    void endOn(LocalDate day) {
        endedOn = day;
    }
}
