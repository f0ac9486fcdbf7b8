package cz.css.ledger.query.catalogue;

import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.query.api.AgendaView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agenda_view")
class AgendaRow {
    @Id
    @Column(name = "agenda_code")
    private String code;
    private String name;
    private String description;

    protected AgendaRow() {
        // for JPA
    }

    AgendaRow(AgendaDefinedEvent event) {
        code = event.agenda().value();
        name = event.name();
        description = event.description();
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    AgendaView view() {
        return new AgendaView(code, name, description);
    }
}
