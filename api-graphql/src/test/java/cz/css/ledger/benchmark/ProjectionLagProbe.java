package cz.css.ledger.benchmark;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures projection lag: from an event's timestamp (taken when the command applied it, just
 * before its transaction commits) to the commit of the requests projection's transaction that
 * applied it. Registered only by the benchmark, as an extra source of its application (never
 * found by component scanning: it carries no stereotype).
 */
class ProjectionLagProbe {
    static final Latencies LAG = new Latencies();
    static volatile boolean recording;

    @Autowired
    void measureRequestsProjection(EventProcessingConfigurer processing) {
        processing.registerHandlerInterceptor("requests", configuration -> (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (recording) {
                Instant stored = unitOfWork.getMessage().getTimestamp();
                unitOfWork.afterCommit(done -> LAG.record(Duration.between(stored, Instant.now()).toNanos()));
            }
            return result;
        });
    }
}
