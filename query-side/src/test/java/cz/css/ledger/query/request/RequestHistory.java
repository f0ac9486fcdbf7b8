package cz.css.ledger.query.request;

import static java.time.temporal.ChronoUnit.MINUTES;

import cz.css.ledger.api.RequestEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.context.ApplicationContext;

/**
 * Delivers request events to the projection's handler methods as an event processor would: in
 * order, numbered per request from 0, five minutes apart, by a CSS clerk unless told otherwise.
 */
class RequestHistory {
    static final MetaData CLERK = MetaData.with("actor", "jana.novakova").and("actorRole", "CSS_STAFF");

    private final RequestProjection projection;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final List<Runnable> delivered = new ArrayList<>();
    private Instant clock = Requests.MONDAY_MORNING;

    RequestHistory(ApplicationContext context) {
        projection = context.getBean(RequestProjection.class);
    }

    /** Delivers the next event of its request; answers its sequence number. */
    long deliver(RequestEvent event) {
        return deliver(event, CLERK);
    }

    long deliver(RequestEvent event, MetaData metaData) {
        long sequence = nextSequence.merge(event.requestId(), 1L, Long::sum) - 1;
        clock = clock.plus(5, MINUTES);
        Instant at = clock;
        delivered.add(() -> deliverAgain(event, sequence, at, metaData));
        deliverAgain(event, sequence, at, metaData);
        return sequence;
    }

    /** Delivers everything delivered so far once more, in order, as a replay after a reset does. */
    void replay() {
        delivered.forEach(Runnable::run);
    }

    /** Delivers an event with the given sequence number, as after a crash before the token was stored. */
    void deliverAgain(RequestEvent event, long sequence, Instant at, MetaData metaData) {
        try {
            handler(event.getClass()).invoke(projection, event, sequence, at, metaData);
        } catch (InvocationTargetException failed) {
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException notHandled) {
            throw new IllegalStateException(notHandled);
        }
    }

    /** Delivers what {@code deliveries} delivers in one unit of work, committed at the end, as a processor's batch. */
    void inOneBatch(Runnable deliveries) {
        var batch = DefaultUnitOfWork.startAndGet(null);
        batch.execute(deliveries);
    }

    Instant now() {
        return clock;
    }

    static Method handler(Class<?> eventType) throws NoSuchMethodException {
        return RequestProjection.class.getDeclaredMethod("on", eventType, long.class, Instant.class, MetaData.class);
    }
}
