package cz.css.ledger.privacy;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA event storage engine that names the subject (the aggregate) while an event is
 * serialized, so its personal value objects are encrypted under that subject's data key.
 */
class PersonalDataStorageEngine extends JpaEventStorageEngine {

    PersonalDataStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Object createEventEntity(EventMessage<?> event, Serializer serializer) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return SubjectContext.writingFor(domainEvent.getAggregateIdentifier(),
                    () -> super.createEventEntity(event, serializer));
        }
        return super.createEventEntity(event, serializer);
    }
}
