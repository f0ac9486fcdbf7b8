package cz.css.ledger.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "agreed_agenda_lookup")
@IdClass(AgreedAgenda.Key.class)
class AgreedAgenda {
    @Id
    @Column(name = "municipality_code")
    private String municipalityCode;

    @Id
    @Column(name = "agenda_code")
    private String agendaCode;

    protected AgreedAgenda() {
        // for JPA
    }

    AgreedAgenda(String municipalityCode, String agendaCode) {
        this.municipalityCode = municipalityCode;
        this.agendaCode = agendaCode;
    }

    record Key(String municipalityCode, String agendaCode) implements Serializable {
    }
}
