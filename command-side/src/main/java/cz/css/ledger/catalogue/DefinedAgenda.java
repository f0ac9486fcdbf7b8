package cz.css.ledger.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "defined_agenda_lookup")
class DefinedAgenda {
    @Id
    @Column(name = "agenda_code")
    private String agendaCode;

    protected DefinedAgenda() {
        // for JPA
    }

    DefinedAgenda(String agendaCode) {
        this.agendaCode = agendaCode;
    }
}
