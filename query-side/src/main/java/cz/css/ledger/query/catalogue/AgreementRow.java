package cz.css.ledger.query.catalogue;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An agreement in force: the municipality agreed that citizens may turn to the CSS in the agenda. */
@Entity
@Table(name = "municipality_agenda_view")
class AgreementRow {
    @EmbeddedId
    private AgreementKey id;
    private LocalDate agreedOn;

    protected AgreementRow() {
        // for JPA
    }

    AgreementRow(AgreementKey id, LocalDate agreedOn) {
        this.id = id;
        this.agreedOn = agreedOn;
    }

    String municipalityCode() {
        return id.municipalityCode();
    }

    String agendaCode() {
        return id.agendaCode();
    }

    LocalDate agreedOn() {
        return agreedOn;
    }
}
