package cz.css.ledger.app;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The tracking projections' transactions (a batch of events, the read-model rows and the processor's
 * token together) commit without waiting for the WAL flush: a crash can lose the last fraction of a
 * second of them, rows and token alike, and the processor then handles those events again from the
 * token it finds. Under load this takes two of every three disk flushes off the commands' way, as
 * each command's events are also committed once by each projection. The subscribing processors
 * (the catalogue, the command side's lookups, the data keys) run in the command's own transaction and
 * are left alone.
 */
final class ProjectionCommits implements MessageHandlerInterceptor<EventMessage<?>> {
    /** The processing groups of the tracking projections. */
    static final List<String> TRACKING_PROJECTIONS = List.of("requests", "statistics");

    private static final String APPLIED = ProjectionCommits.class.getName();

    private final AsynchronousCommit asynchronousCommit;

    ProjectionCommits(AsynchronousCommit asynchronousCommit) {
        this.asynchronousCommit = asynchronousCommit;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        // once per batch: the batch is one unit of work and one transaction
        unitOfWork.root().resources().computeIfAbsent(APPLIED, key -> {
            asynchronousCommit.forThisTransaction();
            return Boolean.TRUE;
        });
        return interceptorChain.proceed();
    }
}
