package cz.css.ledger.query.projection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** The batch of events a tracking processor handles in one unit of work, seen from one of its handlers. */
public final class EventBatch {
    private EventBatch() {
    }

    /**
     * The aggregates (requests) of the events in the current unit of work, read off the messages without
     * deserializing a payload; empty outside a unit of work.
     */
    public static Set<String> aggregateIdentifiers() {
        return CurrentUnitOfWork.isStarted() ? aggregateIdentifiers(CurrentUnitOfWork.get()) : new LinkedHashSet<>();
    }

    /** The aggregates (requests) of the events in the unit of work (the whole batch, when it is one). */
    public static Set<String> aggregateIdentifiers(UnitOfWork<?> current) {
        Set<String> ids = new LinkedHashSet<>();
        UnitOfWork<?> unitOfWork = current.root();
        Collection<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }
}
