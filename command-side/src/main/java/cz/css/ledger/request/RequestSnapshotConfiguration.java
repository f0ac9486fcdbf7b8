package cz.css.ledger.request;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots long request histories. Axon 4.13.0 does not filter snapshots by revision, so an
 * incompatible change to {@link CitizenRequest}'s fields must ship a migration that deletes its
 * snapshots (see docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class RequestSnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition citizenRequestSnapshotTrigger(Snapshotter snapshotter,
            @Value("${ledger.snapshot.request-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
