package cz.css.ledger.audit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportVerifierTest {
    private final ExportVerifier verifier = new ExportVerifier(Exports.KEYS.getPublic(), null, null);

    @Test
    void goodExportVerifiesWithItsHeadDigest() {
        var outcome = verifier.verify(Exports.signed(Exports.threeEvents()).iterator());

        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(outcome.events()).isEqualTo(3);
        assertThat(outcome.describe()).startsWith("VERIFIED 3 events (positions 1..3), head digest " + outcome.headHash());
    }

    @Test
    void oneEditedCharacterOfAPayloadIsFoundOnItsLine() {
        var lines = new ArrayList<>(Exports.signed(Exports.threeEvents()));
        lines.set(2, lines.get(2).replace("petr", "pavel"));

        var outcome = verifier.verify(lines.iterator());

        assertThat(outcome.verified()).isFalse();
        assertThat(outcome.failedLine()).isEqualTo(3);
        assertThat(outcome.failure()).contains("position 2").contains("altered");
    }

    @Test
    void editedMetadataOrTimestampIsFound() {
        var metadata = new ArrayList<>(Exports.signed(Exports.threeEvents()));
        metadata.set(1, metadata.get(1).replace("jana.novakova", "petr.maly"));
        var time = new ArrayList<>(Exports.signed(Exports.threeEvents()));
        time.set(3, time.get(3).replace("09:30:04.123Z", "09:30:05.123Z"));

        assertThat(verifier.verify(metadata.iterator()).failedLine()).isEqualTo(2);
        assertThat(verifier.verify(time.iterator()).failedLine()).isEqualTo(4);
    }

    @Test
    void removedLineIsFound() {
        var lines = new ArrayList<>(Exports.signed(Exports.threeEvents()));
        lines.remove(2);

        var outcome = verifier.verify(lines.iterator());

        assertThat(outcome.failure()).contains("position 3 follows position 1");
    }

    @Test
    void exportRewrittenWithFreshLinksFailsAgainstTheSignedCheckpoint() {
        var events = new ArrayList<>(Exports.threeEvents());
        events.set(1, Exports.event(2, "req-1", 1, "{\"requestId\":\"req-1\",\"assignee\":\"mallory\"}"));
        var rewritten = new ArrayList<>(Exports.signed(events));
        rewritten.set(4, Exports.signed(Exports.threeEvents()).get(4));

        var outcome = verifier.verify(rewritten.iterator());

        assertThat(outcome.verified()).isFalse();
        assertThat(outcome.failure()).contains("signed checkpoint at position 3").contains("rewritten");
    }

    @Test
    void checkpointSignedByAnotherKeyIsRefused() {
        var other = new ExportVerifier(SealKeys.generate().getPublic(), null, null);

        var outcome = other.verify(Exports.signed(Exports.threeEvents()).iterator());

        assertThat(outcome.failure()).contains("not signed by the trusted key");
    }

    @Test
    void eventsAfterTheLastCheckpointAreNotTrusted() {
        var lines = new ArrayList<>(Exports.signed(Exports.threeEvents()));
        lines.remove(lines.size() - 1);

        assertThat(verifier.verify(lines.iterator()).failure()).contains("not covered by a signed checkpoint");
    }

    @Test
    void publishedHeadMustMatch() {
        var lines = Exports.signed(Exports.threeEvents());
        String head = verifier.verify(lines.iterator()).headHash();

        assertThat(new ExportVerifier(Exports.KEYS.getPublic(), 3L, head).verify(lines.iterator()).verified()).isTrue();
        assertThat(new ExportVerifier(Exports.KEYS.getPublic(), 3L, "00".repeat(32)).verify(lines.iterator()).failure())
                .contains("not the published head");
        assertThat(new ExportVerifier(Exports.KEYS.getPublic(), 9L, head).verify(lines.iterator()).failure())
                .contains("does not reach the published position 9");
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        assertThat(verifier.verify(List.of("{not json").iterator()).verified()).isFalse();
        assertThat(verifier.verify(List.<String>of().iterator()).failure()).contains("empty");
    }
}
