package cz.css.ledger.query.catalogue;

import cz.css.ledger.api.MunicipalityJoinedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "municipality_view")
class MunicipalityRow {
    @Id
    @Column(name = "municipality_code")
    private String code;
    private String name;
    private String mayorName;
    private long version;

    protected MunicipalityRow() {
        // for JPA
    }

    MunicipalityRow(MunicipalityJoinedEvent event, long sequence) {
        code = event.municipality().value();
        name = event.name();
        mayorName = event.mayorName();
        version = sequence;
    }

    /** Whether the event with this sequence number is not yet applied (a re-delivered one is). */
    boolean isBehind(long sequence) {
        return sequence > version;
    }

    void applied(long sequence) {
        version = sequence;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String mayorName() {
        return mayorName;
    }
}
