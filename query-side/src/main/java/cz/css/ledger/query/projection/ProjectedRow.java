package cz.css.ledger.query.projection;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row a projection makes from an event: until stored, saving it inserts it without reading it first
 * (a row with its id set would otherwise be merged, which reads it). The projection knows it is new: it has looked.
 */
@MappedSuperclass
public abstract class ProjectedRow implements Persistable<String> {
    @Transient
    private boolean fresh;

    /** Marks a row made by the projection, not read from the database. */
    protected void made() {
        fresh = true;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
