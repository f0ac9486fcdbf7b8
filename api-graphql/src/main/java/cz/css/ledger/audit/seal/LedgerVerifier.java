package cz.css.ledger.audit.seal;

import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.ALTERED;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.CHAIN_BROKEN;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.CHAIN_REWRITTEN;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.CHECKPOINT_FORGED;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.DELETED;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.INSERTED;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.REORDERED;
import static cz.css.ledger.audit.api.LedgerBreakView.BreakKind.TRUNCATED;

import cz.css.ledger.audit.api.LedgerBreakView;
import cz.css.ledger.audit.api.LedgerVerificationView;
import cz.css.ledger.audit.api.PublishedCheckpoint;
import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.StoredEvent;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the ledger in the database: walks the chain from the genesis, recomputes every sealed
 * event's digest from its stored bytes and every link, checks every signed checkpoint (and one
 * published earlier) against the recomputed head, and looks for stored events that were never
 * sealed although their time lies inside the sealed history. Reads stored bytes only, so events
 * whose personal data can no longer be decrypted verify all the same.
 */
@Component
class LedgerVerifier {
    private static final int MAX_REPORTED = 50;

    private final JdbcTemplate streaming;
    private final JdbcTemplate jdbc;
    private final SealStore store;
    private final SealSigner signer;
    private final SealProperties properties;
    private final TransactionTemplate transactions;

    LedgerVerifier(DataSource dataSource, JdbcTemplate jdbc, SealStore store, SealSigner signer,
            SealProperties properties, TransactionTemplate transactions) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.jdbc = jdbc;
        this.store = store;
        this.signer = signer;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Runs in a transaction (the query's, or its own), which PostgreSQL needs to stream the chain with a cursor. */
    LedgerVerificationView verify(PublishedCheckpoint published) {
        return transactions.execute(status -> walk(published));
    }

    private LedgerVerificationView walk(PublishedCheckpoint published) {
        var walk = new Walk(store.checkpoints().stream()
                .collect(Collectors.toMap(Checkpoint::position, Function.identity(), (a, b) -> a, TreeMap::new)),
                published);
        walk.unsealed = unsealedEvents();
        streaming.query("select s.position, s.global_index as s_global_index, s.event_identifier as s_event_identifier, "
                + "s.aggregate_identifier as s_aggregate_identifier, s.sequence_number as s_sequence_number, "
                + "s.time_stamp as s_time_stamp, s.payload_digest, s.meta_data_digest, s.event_digest, s.chain_hash, "
                + SealStore.EVENT_COLUMNS + " from ledger_seal s left join domain_event_entry e "
                + "on e.global_index = s.global_index order by s.position", walk::accept);
        walk.finish();
        return walk.result();
    }

    /** Unsealed events, split into the pending ones (newer than the chain) and the inserted ones. */
    private List<StoredEvent> unsealedEvents() {
        var events = new ArrayList<StoredEvent>();
        store.forEachUnsealed(rs -> events.add(SealStore.event(rs)));
        return events;
    }

    private final class Walk {
        final TreeMap<Long, Checkpoint> checkpoints;
        final PublishedCheckpoint published;
        final List<LedgerBreakView> breaks = new ArrayList<>();
        final List<Missing> missing = new ArrayList<>();
        List<StoredEvent> unsealed = List.of();
        final TreeMap<Instant, Long> positionByTime = new TreeMap<>();
        byte[] computed = ChainHash.GENESIS;
        long position;
        long lastMatchingCheckpoint;
        int checkpointsVerified;
        boolean rewritten;
        boolean publishedReached;
        Instant latestSealedTime;

        Walk(TreeMap<Long, Checkpoint> checkpoints, PublishedCheckpoint published) {
            this.checkpoints = checkpoints;
            this.published = published;
        }

        void accept(ResultSet rs) throws SQLException {
            long at = rs.getLong("position");
            long sealedGlobalIndex = rs.getLong("s_global_index");
            String sealedId = rs.getString("s_event_identifier");
            String sealedAggregate = rs.getString("s_aggregate_identifier");
            long sealedSequence = rs.getLong("s_sequence_number");
            String sealedTime = rs.getString("s_time_stamp");
            byte[] storedLink = rs.getBytes("chain_hash");
            Instant time = Instant.parse(sealedTime);
            positionByTime.putIfAbsent(time, at);
            if (latestSealedTime == null || time.isAfter(latestSealedTime)) {
                latestSealedTime = time;
            }
            if (at != position + 1) {
                add(DELETED, position + 1, sealedGlobalIndex, sealedAggregate, sealedSequence,
                        "links " + (position + 1) + ".." + (at - 1) + " are missing from the seal: sealed events "
                                + "and their links were deleted");
                computed = storedLink;
                position = at;
                checkCheckpoint();
                return;
            }
            position = at;
            rs.getLong("global_index");
            if (rs.wasNull()) {
                missing.add(new Missing(at, sealedGlobalIndex, sealedId, sealedAggregate, sealedSequence));
                computed = storedLink;
                checkCheckpoint();
                return;
            }
            StoredEvent event = SealStore.event(rs);
            StoredEvent.Digests digests = event.digests();
            byte[] link = ChainHash.link(computed, digests.event());
            if (!Arrays.equals(digests.event(), rs.getBytes("event_digest"))) {
                add(event, digests, sealedId, sealedAggregate, sealedSequence, sealedTime,
                        rs.getBytes("payload_digest"), rs.getBytes("meta_data_digest"));
                computed = storedLink;
            } else if (!Arrays.equals(link, storedLink)) {
                add(CHAIN_BROKEN, at, event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                        "the stored link does not follow from the link before it: the seal was edited");
                computed = storedLink;
            } else {
                computed = link;
            }
            checkCheckpoint();
        }

        private void add(StoredEvent event, StoredEvent.Digests digests, String sealedId, String sealedAggregate,
                long sealedSequence, String sealedTime, byte[] payloadDigest, byte[] metaDataDigest) {
            if (!event.eventIdentifier().equals(sealedId) || !event.aggregateIdentifier().equals(sealedAggregate)
                    || event.sequenceNumber() != sealedSequence) {
                add(REORDERED, position, event.globalIndex(), sealedAggregate, sealedSequence,
                        "global index " + event.globalIndex() + " was sealed as event " + sealedId + " ("
                                + sealedAggregate + " #" + sealedSequence + ") but now holds " + event.eventIdentifier()
                                + " (" + event.aggregateIdentifier() + " #" + event.sequenceNumber() + ")");
                return;
            }
            var changed = new ArrayList<String>();
            if (!Arrays.equals(digests.payload(), payloadDigest)) {
                changed.add("payload");
            }
            if (!Arrays.equals(digests.metaData(), metaDataDigest)) {
                changed.add("metadata");
            }
            if (!event.timeStamp().equals(sealedTime)) {
                changed.add("timestamp (sealed " + sealedTime + ", now " + event.timeStamp() + ")");
            }
            if (changed.isEmpty()) {
                changed.add("type or revision");
            }
            add(ALTERED, position, event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                    "the stored event differs from the sealed one: " + String.join(", ", changed) + " changed");
        }

        private void checkCheckpoint() {
            Checkpoint checkpoint = checkpoints.get(position);
            if (checkpoint != null) {
                Optional<PublicKey> key = signer.trustedKey(checkpoint.keyId());
                if (key.isEmpty() || !checkpoint.isSignedBy(key.get())) {
                    add(CHECKPOINT_FORGED, position, 0, null, 0, "the checkpoint at position " + position
                            + " is not signed by a trusted key (key id " + checkpoint.keyId() + ")");
                } else if (!checkpoint.headHash().equals(ChainHash.hex(computed))) {
                    rewritten(checkpoint.headHash(), "signed checkpoint of " + checkpoint.signedAt());
                } else {
                    checkpointsVerified++;
                    lastMatchingCheckpoint = position;
                }
            }
            if (published != null && published.position() == position) {
                publishedReached = true;
                if (!published.headHash().equalsIgnoreCase(ChainHash.hex(computed))) {
                    rewritten(published.headHash(), "published checkpoint");
                } else if (published.signature() != null && !publishedSignatureHolds()) {
                    add(CHECKPOINT_FORGED, position, 0, null, 0,
                            "the published checkpoint's signature does not verify with a trusted key");
                }
            }
        }

        private boolean publishedSignatureHolds() {
            var checkpoint = new Checkpoint(published.position(), published.headHash().toLowerCase(),
                    published.signedAt(), published.keyId(), published.signature());
            return signer.trustedKey(published.keyId()).map(checkpoint::isSignedBy).orElse(false);
        }

        private void rewritten(String expected, String what) {
            if (rewritten) {
                return;
            }
            rewritten = true;
            add(CHAIN_REWRITTEN, position, 0, null, 0, "the " + what + " at position " + position + " has head "
                    + expected + " but the stored events give " + ChainHash.hex(computed)
                    + ": history between positions " + (lastMatchingCheckpoint + 1) + " and " + position
                    + " was rewritten");
        }

        void finish() {
            resolveMissing();
            if (published != null && !publishedReached) {
                add(TRUNCATED, published.position(), 0, null, 0, "the chain ends at position " + position
                        + " but a checkpoint at position " + published.position()
                        + " was published: sealed events were removed from its end");
            }
            for (StoredEvent event : unsealed) {
                Instant time = Instant.parse(event.timeStamp());
                if (latestSealedTime != null && time.isBefore(latestSealedTime.minus(properties.lateTolerance()))) {
                    var after = positionByTime.ceilingEntry(time);
                    long claimed = after == null ? position + 1 : after.getValue();
                    add(INSERTED, claimed, event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                            "event " + event.eventIdentifier() + " stamped " + event.timeStamp()
                                    + " was never sealed although the chain passed that time: it was inserted "
                                    + "(its time places it at position " + claimed + ")");
                }
            }
            breaks.sort(Comparator.comparingLong(LedgerBreakView::position));
        }

        /** A sealed event gone from its global index: deleted, or moved to another one. */
        private void resolveMissing() {
            for (Missing gone : missing) {
                var now = jdbc.queryForList("select global_index from domain_event_entry where event_identifier = ?",
                        Long.class, gone.eventIdentifier());
                if (now.isEmpty()) {
                    add(DELETED, gone.position(), gone.globalIndex(), gone.aggregateIdentifier(), gone.sequenceNumber(),
                            "sealed event " + gone.eventIdentifier() + " (" + gone.aggregateIdentifier() + " #"
                                    + gone.sequenceNumber() + ") was deleted from the event table");
                } else {
                    add(REORDERED, gone.position(), gone.globalIndex(), gone.aggregateIdentifier(),
                            gone.sequenceNumber(), "sealed event " + gone.eventIdentifier() + " moved from global index "
                                    + gone.globalIndex() + " to " + now.get(0));
                }
            }
        }

        private void add(LedgerBreakView.BreakKind kind, long at, long globalIndex, String aggregate, long sequence,
                String reason) {
            breaks.add(new LedgerBreakView(kind, at, globalIndex, aggregate, sequence, reason));
        }

        LedgerVerificationView result() {
            long pending = unsealed.size() - breaks.stream().filter(b -> b.kind() == INSERTED).count();
            var last = checkpoints.isEmpty() ? null : checkpoints.lastEntry().getValue();
            String head = ChainHash.hex(computed);
            String summary = breaks.isEmpty()
                    ? "Verified " + position + " events, head digest " + head
                    : "Broken at position " + breaks.get(0).position() + " (" + breaks.get(0).kind() + "): "
                            + breaks.get(0).reason();
            return new LedgerVerificationView(breaks.isEmpty(), position, position, head, checkpointsVerified,
                    last == null ? null : Checkpoints.view(last, signer), pending, breaks.size(),
                    List.copyOf(breaks.subList(0, Math.min(MAX_REPORTED, breaks.size()))), summary);
        }
    }

    private record Missing(long position, long globalIndex, String eventIdentifier, String aggregateIdentifier,
            long sequenceNumber) {
    }
}
