package cz.css.ledger.privacy;

import cz.css.ledger.query.projection.EventBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * For a tracking projection: before the first event of a batch is handled, the data keys of all the batch's requests
 * are read in one query ({@link SubjectKeys#prefetch}). Deserializing the events decrypts their personal data, and
 * each request not yet in the key cache cost a query of its own (a replay reads every request once per projection;
 * docs/performance.md).
 */
public final class DataKeysOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {
    private static final String READ = DataKeysOfBatch.class.getName();

    private final SubjectKeys keys;

    public DataKeysOfBatch(SubjectKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        unitOfWork.root().resources().computeIfAbsent(READ, key -> {
            keys.prefetch(EventBatch.aggregateIdentifiers(unitOfWork));
            return Boolean.TRUE;
        });
        return interceptorChain.proceed();
    }
}
