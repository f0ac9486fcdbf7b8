package cz.css.ledger.audit.offline;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Checks an export line by line: every event against its link, the positions without holes, every
 * checkpoint's Ed25519 signature (with the key the auditor trusts, never one from the export) and
 * head, and that a signed checkpoint covers the last event. An optional published head (position
 * and digest, e.g. from an earlier export or the daily log) must match too.
 */
public final class ExportVerifier {
    private final PublicKey trustedKey;
    private final Long publishedPosition;
    private final byte[] publishedHead;

    public ExportVerifier(PublicKey trustedKey, Long publishedPosition, String publishedHead) {
        this.trustedKey = trustedKey;
        this.publishedPosition = publishedPosition;
        this.publishedHead = publishedHead == null ? null : ChainHash.fromHex(publishedHead);
    }

    /** What the verification found: either everything holds, or the first line that does not and why. */
    public record Outcome(boolean verified, long events, long firstPosition, long lastPosition, String headHash,
            List<String> checkpoints, long failedLine, String failure) {

        public String describe() {
            if (verified) {
                return "VERIFIED " + events + " events (positions " + firstPosition + ".." + lastPosition
                        + "), head digest " + headHash + "; signed checkpoints " + checkpoints;
            }
            return "FAILED at line " + failedLine + ": " + failure;
        }
    }

    public Outcome verify(Iterator<String> lines) {
        var state = new State();
        try {
            while (lines.hasNext()) {
                state.line++;
                String text = lines.next();
                if (text.isBlank()) {
                    continue;
                }
                String failure = state.accept(JsonLine.parse(text));
                if (failure != null) {
                    return state.failed(failure);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return state.failed(malformed.getMessage());
        }
        return state.finish();
    }

    private final class State {
        long line;
        long events;
        long firstPosition = -1;
        long position = -1;
        byte[] head;
        long signedUpTo = -1;
        boolean publishedSeen;
        final List<String> checkpoints = new ArrayList<>();

        String accept(JsonLine record) {
            String kind = record.requiredString("record");
            if (head == null && !kind.equals("header")) {
                return "the export does not start with its header";
            }
            return switch (kind) {
                case "header" -> header(record);
                case "event" -> event(record);
                case "checkpoint" -> checkpoint(ExportFormat.checkpointOf(record));
                default -> "unknown record " + kind;
            };
        }

        private String header(JsonLine record) {
            if (head != null) {
                return "a second header";
            }
            if (!ExportFormat.FORMAT.equals(record.string("format"))) {
                return "not a " + ExportFormat.FORMAT + " export";
            }
            firstPosition = record.number("firstPosition");
            position = firstPosition - 1;
            head = ChainHash.fromHex(record.requiredString("previousChainHash"));
            if (position == 0 && !Arrays.equals(head, ChainHash.GENESIS)) {
                return "an export from position 1 must start from the genesis hash";
            }
            return null;
        }

        private String event(JsonLine record) {
            long at = record.number("position");
            if (at != position + 1) {
                return "position " + at + " follows position " + position
                        + ": events were removed, inserted or reordered";
            }
            StoredEvent event = ExportFormat.eventOf(record);
            byte[] link = ChainHash.link(head, event.digest());
            if (!Arrays.equals(link, ChainHash.fromHex(record.requiredString("chainHash")))) {
                return "event at position " + at + " (" + event.aggregateIdentifier() + " #" + event.sequenceNumber()
                        + ", global index " + event.globalIndex() + ") does not match its link: it was altered";
            }
            position = at;
            head = link;
            events++;
            if (publishedPosition != null && publishedPosition == at) {
                publishedSeen = true;
                if (!Arrays.equals(publishedHead, head)) {
                    return "the chain at position " + at + " is " + ChainHash.hex(head)
                            + ", not the published head " + ChainHash.hex(publishedHead)
                            + ": history up to it was rewritten";
                }
            }
            return null;
        }

        private String checkpoint(Checkpoint checkpoint) {
            if (checkpoint.position() != position) {
                return "checkpoint for position " + checkpoint.position() + " stands after position " + position;
            }
            if (!checkpoint.keyId().equals(SealKeys.keyId(trustedKey)) || !checkpoint.isSignedBy(trustedKey)) {
                return "checkpoint at position " + position + " is not signed by the trusted key "
                        + SealKeys.keyId(trustedKey);
            }
            if (!checkpoint.headHash().equals(ChainHash.hex(head))) {
                return "signed checkpoint at position " + position + " expects head " + checkpoint.headHash()
                        + " but the events give " + ChainHash.hex(head) + ": history was rewritten";
            }
            signedUpTo = position;
            checkpoints.add(position + "@" + checkpoint.signedAt());
            return null;
        }

        Outcome finish() {
            if (head == null) {
                return failed("the export is empty");
            }
            if (events == 0) {
                return failed("the export holds no events");
            }
            if (signedUpTo != position) {
                return failed("events after position " + signedUpTo + " (up to " + position
                        + ") are not covered by a signed checkpoint");
            }
            if (publishedPosition != null && !publishedSeen) {
                return failed("the export does not reach the published position " + publishedPosition);
            }
            return new Outcome(true, events, firstPosition, position, ChainHash.hex(head), List.copyOf(checkpoints),
                    0, null);
        }

        Outcome failed(String failure) {
            return new Outcome(false, events, firstPosition, position, ChainHash.hex(head), List.copyOf(checkpoints),
                    line, failure);
        }
    }
}
