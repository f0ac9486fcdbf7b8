package cz.css.ledger.query.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record AgreementKey(@Column(name = "municipality_code") String municipalityCode,
        @Column(name = "agenda_code") String agendaCode) {
}
