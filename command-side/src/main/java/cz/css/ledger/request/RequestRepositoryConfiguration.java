package cz.css.ledger.request;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a {@link CitizenRequest} is loaded for a command: from a snapshot where its history is long,
 * and from the cache where it was changed recently in this instance.
 */
@Configuration(proxyBeanMethods = false)
class RequestRepositoryConfiguration {

    /**
     * Snapshots long request histories. Axon 4.13.0 does not filter snapshots by revision, so an
     * incompatible change to {@link CitizenRequest}'s fields must ship a migration that deletes its
     * snapshots (see docs/operations.md).
     */
    @Bean
    SnapshotTriggerDefinition citizenRequestSnapshotTrigger(Snapshotter snapshotter,
            @Value("${ledger.snapshot.request-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Requests changed in this instance, kept until the collector needs their memory: the next
     * command on one (a clerk's next step on the case at hand) skips reading and deserializing its
     * history. A command that fails is dropped from the cache with its unit of work, so one that
     * lost the append to another instance is retried on the history read afresh. Instances that
     * share a database without Axon Server routing each request's commands to one of them switch
     * it off ({@code ledger.requests.cache=false}, docs/operations.md).
     */
    @Bean
    Cache citizenRequestCache(@Value("${ledger.requests.cache:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
