package cz.css.ledger.privacy;

import java.time.Clock;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import cz.css.ledger.app.EventSerializerCustomization;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires per-subject encryption of personal data into Axon's event store. Our engine replaces the
 * auto-configured one, so the event store's entities are registered here as Axon would.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class PrivacyConfiguration {

    @Bean
    SubjectKeys subjectKeys(JdbcTemplate jdbc, @Value("${ledger.privacy.master-key:}") String masterKey, Clock clock) {
        return new SubjectKeys(jdbc, MasterKey.fromBase64(masterKey), clock);
    }

    /**
     * The shredder is a subscribing processor whatever the configuration says: it runs in the unit
     * of work that appends the erasure, so a failure rolls back both and a success commits both.
     */
    @Autowired
    void shredInTheErasuresTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PersonalDataShredder.PROCESSING_GROUP);
    }

    @Bean
    EventSerializerCustomization personalDataEncryption(SubjectKeys keys) {
        return builder -> builder.addModule(new PersonalDataModule(keys));
    }

    /**
     * Events a tracking processor's stream reads per query: as many as a projection's batch (application.yml), so
     * that a batch catching up or replaying is one query instead of Axon's default ten of 100.
     */
    static final int EVENTS_PER_FETCH = 1000;

    /**
     * The same engine Axon's auto-configuration builds, naming each event's subject while storing it, reading
     * {@link #EVENTS_PER_FETCH} events per query.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
            EntityManagerProvider entityManagerProvider, TransactionManager transactionManager) {
        var builder = JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .batchSize(EVENTS_PER_FETCH);
        return new PersonalDataStorageEngine(builder);
    }
}
