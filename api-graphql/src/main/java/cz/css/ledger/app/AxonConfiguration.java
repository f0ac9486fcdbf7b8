package cz.css.ledger.app;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import cz.css.ledger.privacy.DataKeysOfBatch;
import cz.css.ledger.privacy.SubjectKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/** Axon settings a ledger needs beyond the auto-configuration. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * Jackson 3's default validator refuses every polymorphic property declared as {@code Object}.
     * Axon's {@code ReplayToken} (written on a reset, and when a processor first meets a non-empty
     * store) has one, its reset context: its stored tokens could then never be read back and the
     * projection stopped for good. This validator accepts such properties, but resolves only
     * subtypes of Axon and of the ledger.
     */
    static final PolymorphicTypeValidator OWN_TYPES_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("cz.css.ledger.")
            .build();

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

    /**
     * The tracking projections commit without waiting for the disk ({@link ProjectionCommits}), unless
     * {@code ledger.projections.asynchronous-commit} is false.
     */
    @Autowired
    void projectionsCommitWithoutWaitingForTheDisk(EventProcessingConfigurer processing, JdbcTemplate jdbc,
            @Value("${ledger.projections.asynchronous-commit:true}") boolean asynchronousCommit) {
        if (!asynchronousCommit) {
            return;
        }
        var commits = new ProjectionCommits(new AsynchronousCommit(jdbc));
        for (String group : ProjectionCommits.TRACKING_PROJECTIONS) {
            processing.registerHandlerInterceptor(group, configuration -> commits);
        }
    }

    /** The tracking projections read the data keys of a batch's requests together ({@link DataKeysOfBatch}). */
    @Autowired
    void projectionsReadTheDataKeysOfABatchTogether(EventProcessingConfigurer processing,
            ObjectProvider<SubjectKeys> keys) {
        for (String group : ProjectionCommits.TRACKING_PROJECTIONS) {
            processing.registerHandlerInterceptor(group, configuration -> new DataKeysOfBatch(keys.getObject()));
        }
    }

    /**
     * Every command, query, deadline and projection batch is interrupted after
     * {@code ledger.timeouts.unit-of-work} (60 s), with warnings from {@code ledger.timeouts.warning} (10 s)
     * on ({@link UnitOfWorkTimeouts}).
     */
    @Bean
    ConfigurerModule limitEveryUnitOfWork(@Value("${ledger.timeouts.unit-of-work:60s}") Duration limit,
            @Value("${ledger.timeouts.warning:10s}") Duration warning) {
        var timeouts = new UnitOfWorkTimeouts(limit, warning);
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor(
                    (configuration, processor) -> timeouts.of("EventProcessor[" + processor + "]"));
            configurer.onStart(Integer.MIN_VALUE, () -> { // before anything is dispatched
                var configuration = configurer.buildConfiguration();
                configuration.commandBus().registerHandlerInterceptor(timeouts.of("CommandBus"));
                configuration.queryBus().registerHandlerInterceptor(timeouts.of("QueryBus"));
                configuration.deadlineManager().registerHandlerInterceptor(timeouts.of("DeadlineManager"));
            });
        };
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
     * The one customizer Axon applies: snapshots serialize aggregates, whose state sits in private
     * fields without accessors (events are records and serialize the same either way); polymorphic
     * values may be only Axon's or the ledger's own types; then every feature's
     * {@link EventSerializerCustomization}.
     */
    @Bean
    Jackson3SerializerCustomizer eventSerializerCustomizations(List<EventSerializerCustomization> customizations) {
        return builder -> {
            builder.changeDefaultVisibility(visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY));
            builder.polymorphicTypeValidator(OWN_TYPES_ONLY);
            customizations.forEach(customization -> customization.accept(builder));
        };
    }

    @Bean(destroyMethod = "shutdown")
    SnapshotThread snapshotThread() {
        return new SnapshotThread();
    }

    /** Axon's own snapshotter, as the auto-configuration makes it, but taking snapshots on {@link SnapshotThread}. */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
            HandlerDefinition handlerDefinition, ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
            TransactionManager transactionManager, SnapshotterSpanFactory spanFactory, SnapshotThread snapshotThread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotThread.executor())
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ConcurrencyRetryScheduler concurrencyRetryScheduler(
            @Value("${ledger.commands.concurrency-retries:3}") int retries,
            @Value("${ledger.commands.concurrency-backoff-millis:20}") long backoffMillis) {
        return new ConcurrencyRetryScheduler(retries, backoffMillis);
    }

    /** The command gateway, retrying only commands that lost a race to append to the same aggregate. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrencyRetryScheduler retryScheduler) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retryScheduler).build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
