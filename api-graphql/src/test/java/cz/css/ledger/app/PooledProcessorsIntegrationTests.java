package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The projections' processors run again after the context is paused and restarted, as the test
 * framework does with an inactive context and as a {@code Lifecycle} stop and start does.
 */
@PostgresIntegrationTest
class PooledProcessorsIntegrationTests {
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void pooledProcessorsStartAgainAfterThePausedContextRestarts() throws InterruptedException {
        for (int cycle = 0; cycle < 2; cycle++) {
            context.pause();
            context.restart();
            for (String name : PooledProcessors.NAMES) {
                var processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
                assertThat(processor.isRunning()).as(name + " running after restart " + cycle).isTrue();
                awaitClaimsAllSegments(processor);
            }
        }
    }

    private static void awaitClaimsAllSegments(StreamingEventProcessor processor) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (processor.processingStatus().size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(processor.processingStatus()).as(processor.getName() + " segments").hasSize(4)
                .allSatisfy((segment, status) -> assertThat(status.isErrorState()).isFalse());
        assertThat(processor.isError()).isFalse();
    }
}
