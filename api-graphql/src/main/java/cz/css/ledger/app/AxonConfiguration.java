package cz.css.ledger.app;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** Axon settings a ledger needs beyond the auto-configuration. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Metadata keys every command carries from the API and every event inherits. */
    static final String[] ACTOR_KEYS = {"actor", "actorRole"};

    /**
     * A projection that fails on an event must stop and retry, never skip the event: Axon's
     * default logs the failure and moves the token on, silently losing data.
     */
    @Autowired
    void propagateEventHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** causationId = the message that caused this one; correlationId = the first message of the chain. */
    @Bean
    CorrelationDataProvider causationAndCorrelation() {
        return new MessageOriginProvider("causationId", "correlationId");
    }

    @Bean
    CorrelationDataProvider actorOfEveryMessage() {
        return new SimpleCorrelationDataProvider(ACTOR_KEYS);
    }

    /**
     * Snapshots serialize aggregates, whose state sits in private fields without accessors; events
     * are records and serialize the same either way. Axon reads only the first customizer, so this
     * one also lets Jackson 3 read Axon's polymorphic tokens: a {@code ReplayToken} (written by a
     * replay) has an {@code Object} field that Jackson 3's default validator refuses outright
     * (AxonFramework issues 4160 and 4218), which would stall every replay.
     */
    @Bean
    Jackson3SerializerCustomizer aggregateFieldsForSnapshots() {
        return builder -> builder.changeDefaultVisibility(visibility -> visibility
                        .withFieldVisibility(JsonAutoDetect.Visibility.ANY))
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("cz.css.ledger.")
                        .build());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
