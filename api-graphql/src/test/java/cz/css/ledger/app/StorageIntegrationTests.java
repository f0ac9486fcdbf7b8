package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import cz.css.ledger.catalogue.Municipality;
import cz.css.ledger.request.CitizenRequest;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the auto-configuration picked, and how events land in PostgreSQL: a future classpath change
 * must not silently switch the ledger to in-memory or non-transactional parts.
 */
@PostgresIntegrationTest
class StorageIntegrationTests {

    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer serializer;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.axonframework.config.Configuration axonConfiguration;
    @LocalServerPort
    int port;

    @Test
    void ledgerStoresEventsAndTokensDurablyInTheDatabaseWithinSpringTransactions() {
        assertThat(tokenStore).isInstanceOf(JpaTokenStore.class);
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        for (String projection : new String[] {"requests", "statistics"}) {
            assertThat(processing.eventProcessor(projection)).as("%s wakes at each commit, no 500 ms poll", projection)
                    .get().isInstanceOf(TrackingEventProcessor.class);
        }
        assertThat(processing.eventProcessor("catalogue-lookup")).get().isInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.eventProcessor("privacy-keys")).as("data keys destroyed in the erasure's transaction")
                .get().isInstanceOf(SubscribingEventProcessor.class);
    }

    @Test
    void requestsChangedRecentlyAreLoadedFromTheCacheAndCatalogueEntriesAlwaysFromTheirHistory() {
        assertThat(axonConfiguration.repository(CitizenRequest.class)).isInstanceOf(CachingEventSourcingRepository.class);
        assertThat(axonConfiguration.repository(Municipality.class)).isNotInstanceOf(CachingEventSourcingRepository.class);
    }

    @Test
    void everyBinaryColumnIsByteaAndNoneIsALargeObject() {
        var oidColumns = jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = 'public' and data_type = 'oid'", String.class);
        assertThat(oidColumns).isEmpty();
        var payloadType = jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'domain_event_entry' and column_name = 'payload'", String.class);
        assertThat(payloadType).isEqualTo("bytea");
    }

    @Test
    void storedEventsAreReadableJsonCarryingActorCorrelationAndCausation() {
        var ledger = GraphQlClient.over(port);
        String id = registered(ledger, "Kontrola uložení");

        var row = jdbc.queryForMap("select payload, meta_data, payload_type from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", id);
        String payload = new String((byte[]) row.get("payload"), java.nio.charset.StandardCharsets.UTF_8);
        String metaData = new String((byte[]) row.get("meta_data"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(row.get("payload_type")).isEqualTo("cz.css.ledger.api.RequestRegisteredEvent");
        assertThat(payload).contains("\"subject\":\"Kontrola uložení\"").contains("\"registrationNumber\":\"CSS-");
        assertThat(metaData).contains("\"actor\":\"jana.novakova\"").contains("\"actorRole\"")
                .contains("\"correlationId\"").contains("\"causationId\"");
    }

    @Test
    void anEventTakesItsGlobalIndexFromTheSequenceAsItIsInsertedAfterAnotherWritersNumbers() {
        var ledger = GraphQlClient.over(port);
        String id = registered(ledger, "Pořadí v úložišti");
        // another instance (or any writer) takes the next numbers
        long taken = jdbc.queryForObject("select max(n) from (select nextval('domain_event_entry_seq') n"
                + " from generate_series(1, 3)) numbers", Long.class);
        ledger.document("mutation { addInternalNote(input: {requestId: \"" + id + "\", note: \"Po cizím zápisu\"})"
                + " { request { id } } }").execute().path("addInternalNote.request.id").hasValue();

        long registered = globalIndexOf(id, 0);
        long noted = globalIndexOf(id, 1);
        assertThat(registered).isLessThan(taken);
        assertThat(noted).as("no block of numbers kept in this JVM").isGreaterThan(taken);
        assertThat(jdbc.queryForObject("select column_default from information_schema.columns"
                + " where table_name = 'domain_event_entry' and column_name = 'global_index'", String.class))
                .as("the insert takes the number itself").contains("nextval('domain_event_entry_seq'");
    }

    private static String registered(org.springframework.graphql.test.tester.HttpGraphQlTester ledger, String subject) {
        var input = new HashMap<String, Object>(Map.of("municipalityCode", "583120", "agendaCode", "PORUCHY",
                "kind", "REQUEST", "channel", "EMAIL", "subject", subject, "description", "Popis"));
        return ledger.documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request.id").entity(String.class).get();
    }

    private long globalIndexOf(String requestId, long sequenceNumber) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", Long.class, requestId, sequenceNumber);
    }
}
