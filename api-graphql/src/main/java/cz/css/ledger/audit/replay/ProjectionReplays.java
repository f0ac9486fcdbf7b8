package cz.css.ledger.audit.replay;

import cz.css.ledger.api.RuleViolationException;
import cz.css.ledger.api.UnknownEntityException;
import cz.css.ledger.audit.api.ReplayProjectionsCommand;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds projections in place: shuts the streaming processor down, resets its tokens to the start
 * of the event store (its {@code @ResetHandler} empties the read model in the same transaction) and
 * starts it again. Subscribing processors have no tokens and cannot be replayed.
 */
@Component
class ProjectionReplays {
    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final EventProcessingConfiguration processing;
    private final ReplayMonitor monitor;

    ProjectionReplays(EventProcessingConfiguration processing, ReplayMonitor monitor) {
        this.processing = processing;
        this.monitor = monitor;
    }

    /** Answers the processing groups whose replay started. */
    @CommandHandler
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<String> handle(ReplayProjectionsCommand command, MetaData metaData) {
        List<StreamingEventProcessor> targets = command.processingGroup() == null ? replayable()
                : List.of(named(command.processingGroup()));
        targets.stream().filter(StreamingEventProcessor::isReplaying).findFirst().ifPresent(busy -> {
            throw new RuleViolationException("Projection " + busy.getName() + " is replaying already; wait until "
                    + "its replay ends");
        });
        for (StreamingEventProcessor processor : targets) {
            log.info("Replay of projection {} requested by {} ({})", processor.getName(), metaData.get("actor"),
                    metaData.get("actorRole"));
            processor.shutDown();
            processor.resetTokens();
            monitor.started(processor.getName());
            processor.start();
        }
        return targets.stream().map(EventProcessor::getName).toList();
    }

    private List<StreamingEventProcessor> replayable() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
    }

    private StreamingEventProcessor named(String name) {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        EventProcessor processor = processors.get(name);
        if (processor == null) {
            throw new UnknownEntityException("No projection " + name + "; the projections are "
                    + String.join(", ", processors.keySet()));
        }
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new RuleViolationException("Projection " + name + " is a subscribing processor: it is updated in "
                    + "the transaction of each command, holds no tokens and cannot be replayed");
        }
        return streaming;
    }
}
