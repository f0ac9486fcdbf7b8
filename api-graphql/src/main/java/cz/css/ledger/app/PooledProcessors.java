package cz.css.ledger.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The projections' pooled streaming processors, with thread pools that live as long as the Spring
 * context. Configured through {@code axon.eventhandling.processors.*.mode=pooled}, Axon gives each
 * processor pools that it shuts down whenever its configuration stops, so a context that is stopped
 * and started again (Spring's {@code Lifecycle}; the test framework pauses inactive contexts and
 * resumes them) could never start those processors again: {@code RejectedExecutionException}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class PooledProcessors implements DisposableBean {
    /** The processing groups that run as pooled streaming processors, each in a processor of the same name. */
    static final List<String> NAMES = List.of("requests", "statistics");

    private final ProcessorThreads threads = new ProcessorThreads();

    @Autowired
    void registerPooledProcessors(EventProcessingConfigurer processing,
            @Value("${ledger.processors.initial-segment-count:4}") int segments) {
        for (String name : NAMES) {
            processing.registerPooledStreamingEventProcessor(name, Configuration::eventStore,
                    (configuration, builder) -> builder
                            .initialSegmentCount(segments)
                            .coordinatorExecutor(threads.coordinator(name))
                            .workerExecutor(threads.worker(name)));
        }
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }

    /** One coordinator and one worker thread per processor, shut down with the Spring context only. */
    static final class ProcessorThreads {
        private final Map<String, ScheduledExecutorService> pools = new ConcurrentHashMap<>();

        ScheduledExecutorService coordinator(String processor) {
            return pool("Coordinator[" + processor + "]");
        }

        ScheduledExecutorService worker(String processor) {
            return pool("WorkPackage[" + processor + "]");
        }

        private ScheduledExecutorService pool(String name) {
            return pools.computeIfAbsent(name, key -> Executors.newScheduledThreadPool(1, new AxonThreadFactory(key)));
        }

        void shutdown() {
            pools.values().forEach(ScheduledExecutorService::shutdown);
        }
    }
}
