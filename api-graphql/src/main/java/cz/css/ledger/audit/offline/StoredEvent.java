package cz.css.ledger.audit.offline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One row of the event table exactly as stored: the bytes the chain covers. Payload and metadata
 * are the stored bytes (ciphertext where personal data is encrypted), never a re-serialization.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
        String aggregateType, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
        byte[] metaData) {

    private static final String FORMAT = "cz.css.ledger/event/v1";

    /**
     * The canonical form: a format tag, then every field in a fixed order, numbers as 8-byte big-endian,
     * strings (UTF-8) and byte arrays prefixed by their 4-byte length, -1 for an absent value.
     */
    public byte[] canonicalForm() {
        var bytes = new ByteArrayOutputStream(256 + length(payload) + length(metaData));
        try (var out = new DataOutputStream(bytes)) {
            field(out, FORMAT);
            out.writeLong(globalIndex);
            field(out, eventIdentifier);
            field(out, aggregateIdentifier);
            out.writeLong(sequenceNumber);
            field(out, aggregateType);
            field(out, timeStamp);
            field(out, payloadType);
            field(out, payloadRevision);
            field(out, payload);
            field(out, metaData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 of the canonical form: the event's leaf in the chain. */
    public byte[] digest() {
        return ChainHash.sha256(canonicalForm());
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
