package cz.css.ledger.audit.history;

import cz.css.ledger.api.RequestEvent;
import cz.css.ledger.audit.api.FindRequestAsOfQuery;
import cz.css.ledger.audit.api.FindRequestHistoryQuery;
import cz.css.ledger.audit.api.HistoryEventView;
import cz.css.ledger.audit.api.RequestAsOfView;
import cz.css.ledger.audit.api.RequestHistoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads a request's events from Axon's event store, from the first one (never from a snapshot and
 * never from a projection): its history with the stored JSON, and its state at an instant.
 */
@Component
class RequestHistoryQueries {
    private final EventStore eventStore;
    private final Serializer eventSerializer;

    RequestHistoryQueries(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** Null when no request has this id. */
    @QueryHandler
    RequestHistoryView handle(FindRequestHistoryQuery query) {
        var state = new RequestState();
        var events = new ArrayList<HistoryEventView>();
        for (DomainEventMessage<?> message : eventsOf(query.requestId())) {
            if (message.getPayload() instanceof RequestEvent event) {
                state.apply(event, message.getSequenceNumber(), message.getTimestamp());
            }
            events.add(entry(message));
        }
        if (!state.isRegistered()) {
            return null;
        }
        return new RequestHistoryView(query.requestId(), state.registrationNumber(), state.municipalityCode(),
                List.copyOf(events));
    }

    /** Null when the request had not been registered by that instant (or does not exist). */
    @QueryHandler
    RequestAsOfView handle(FindRequestAsOfQuery query) {
        var state = new RequestState();
        for (DomainEventMessage<?> message : eventsOf(query.requestId())) {
            if (message.getTimestamp().isAfter(query.at())) {
                break;
            }
            if (message.getPayload() instanceof RequestEvent event) {
                state.apply(event, message.getSequenceNumber(), message.getTimestamp());
            }
        }
        return state.isRegistered() ? state.view(query.at()) : null;
    }

    private List<? extends DomainEventMessage<?>> eventsOf(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return List.of();
        }
        return eventStore.readEvents(aggregateId.strip(), 0).asStream().toList();
    }

    private HistoryEventView entry(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        String type = message.getPayloadType().getSimpleName();
        return new HistoryEventView(message.getSequenceNumber(), message.getIdentifier(), type,
                message.getPayloadType().getName(), EventMeanings.of(type), message.getTimestamp(),
                text(metaData, "actor"), text(metaData, "actorRole"), text(metaData, "correlationId"),
                text(metaData, "causationId"),
                message.serializePayload(eventSerializer, String.class).getData(),
                message.serializeMetaData(eventSerializer, String.class).getData());
    }

    private static String text(MetaData metaData, String key) {
        return Objects.toString(metaData.get(key), null);
    }
}
