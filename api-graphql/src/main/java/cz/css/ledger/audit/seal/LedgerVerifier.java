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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private static final int EVENTS_PER_READ = 1000;

    private final JdbcTemplate streamingBlocks;
    private final JdbcTemplate streamingIndexes;
    private final JdbcTemplate jdbc;
    private final SealStore store;
    private final SealSigner signer;
    private final SealProperties properties;
    private final TransactionTemplate transactions;

    LedgerVerifier(DataSource dataSource, JdbcTemplate jdbc, SealStore store, SealSigner signer,
            SealProperties properties, TransactionTemplate transactions) {
        // a block holds up to a batch of links (some 230 KB for 1,000), an index 8 bytes
        this.streamingBlocks = new JdbcTemplate(dataSource);
        this.streamingBlocks.setFetchSize(4);
        this.streamingIndexes = new JdbcTemplate(dataSource);
        this.streamingIndexes.setFetchSize(10_000);
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
        SealStore.forEachBlock(streamingBlocks, walk::accept);
        walk.flush();
        walk.unsealed = unsealedEvents(walk.sealed);
        walk.finish();
        return walk.result();
    }

    /** Stored events that no block seals: the pending ones (newer than the chain) and the inserted ones. */
    private List<StoredEvent> unsealedEvents(BitSet sealed) {
        var unsealed = new ArrayList<Long>();
        SealStore.forEachGlobalIndex(streamingIndexes, globalIndex -> {
            if (!sealed.get(Math.toIntExact(globalIndex))) {
                unsealed.add(globalIndex);
            }
        });
        var events = new ArrayList<StoredEvent>(unsealed.size());
        for (int from = 0; from < unsealed.size(); from += EVENTS_PER_READ) {
            events.addAll(store.eventsAt(unsealed.subList(from, Math.min(unsealed.size(), from + EVENTS_PER_READ))));
        }
        return events;
    }

    private final class Walk {
        final TreeMap<Long, Checkpoint> checkpoints;
        final PublishedCheckpoint published;
        final List<LedgerBreakView> breaks = new ArrayList<>();
        final List<Missing> missing = new ArrayList<>();
        final BitSet sealed = new BitSet();
        final List<SealBlock> pending = new ArrayList<>();
        int pendingLinks;
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

        /** Takes the next stored block; their events are read a run of blocks at a time. */
        void accept(SealStore.StoredBlock stored) {
            SealBlock block;
            try {
                block = stored.unpacked();
            } catch (IllegalArgumentException unreadable) {
                flush();
                skipTo(stored.firstPosition(), 0, null, 0);
                add(CHAIN_BROKEN, stored.firstPosition(), 0, null, 0, "the seal block of positions "
                        + stored.firstPosition() + ".." + stored.lastPosition() + " cannot be read ("
                        + unreadable.getMessage() + "): the seal was edited");
                computed = stored.chainHash();
                position = stored.lastPosition();
                checkCheckpoint();
                return;
            }
            pending.add(block);
            pendingLinks += block.links().size();
            if (pendingLinks >= EVENTS_PER_READ) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            var indexes = new ArrayList<Long>(pendingLinks);
            pending.forEach(block -> block.links().forEach(link -> indexes.add(link.globalIndex())));
            Map<Long, StoredEvent> events = store.eventsByGlobalIndex(indexes);
            for (SealBlock block : pending) {
                verify(block, events);
            }
            pending.clear();
            pendingLinks = 0;
        }

        private void verify(SealBlock block, Map<Long, StoredEvent> events) {
            SealBlock.Link first = block.links().get(0);
            if (skipTo(block.firstPosition(), first.globalIndex(), first.aggregateIdentifier(),
                    first.sequenceNumber())) {
                // the links before this block are gone, and with them the hash this block follows from
                block.links().forEach(link -> note(link, position + 1));
                computed = block.chainHash();
                position = block.lastPosition();
                checkCheckpoint();
                return;
            }
            for (SealBlock.Link link : block.links()) {
                position++;
                note(link, position);
                StoredEvent event = events.get(link.globalIndex());
                if (event == null) {
                    missing.add(new Missing(position, link.globalIndex(), link.eventIdentifier(),
                            link.aggregateIdentifier(), link.sequenceNumber()));
                    computed = ChainHash.link(computed, link.eventDigest());
                } else {
                    StoredEvent.Digests digests = event.digests();
                    if (!Arrays.equals(digests.event(), link.eventDigest())) {
                        add(event, digests, link.eventIdentifier(), link.aggregateIdentifier(), link.sequenceNumber(),
                                link.timeStamp(), link.payloadDigest(), link.metaDataDigest());
                    }
                    // on the sealed digest, so that one altered event does not break every link after it
                    computed = ChainHash.link(computed, link.eventDigest());
                }
                checkCheckpoint();
            }
            if (!Arrays.equals(computed, block.chainHash())) {
                add(CHAIN_BROKEN, block.firstPosition(), first.globalIndex(), first.aggregateIdentifier(),
                        first.sequenceNumber(), "the seal block of positions " + block.firstPosition() + ".."
                                + block.lastPosition() + " ends on a chain hash that does not follow from its links "
                                + "and the block before it: the seal was edited");
                computed = block.chainHash();
            }
        }

        /** Reports links missing before {@code first}; answers whether any were. */
        private boolean skipTo(long first, long globalIndex, String aggregate, long sequence) {
            if (first == position + 1) {
                return false;
            }
            add(DELETED, position + 1, globalIndex, aggregate, sequence, "links " + (position + 1) + ".." + (first - 1)
                    + " are missing from the seal: sealed events and their links were deleted");
            position = first - 1;
            return true;
        }

        private void note(SealBlock.Link link, long at) {
            sealed.set(Math.toIntExact(link.globalIndex()));
            Instant time = Instant.parse(link.timeStamp());
            positionByTime.putIfAbsent(time, at);
            if (latestSealedTime == null || time.isAfter(latestSealedTime)) {
                latestSealedTime = time;
            }
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
