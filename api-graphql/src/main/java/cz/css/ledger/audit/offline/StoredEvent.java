package cz.css.ledger.audit.offline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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
     * strings (UTF-8) and byte arrays prefixed by their 4-byte length, -1 for an absent value; payload and
     * metadata enter as their SHA-256 digests, so each is hashed once and can be checked on its own.
     */
    public byte[] canonicalForm() {
        return canonicalForm(ChainHash.sha256(payload), ChainHash.sha256OrNull(metaData));
    }

    private byte[] canonicalForm(byte[] payloadDigest, byte[] metaDataDigest) {
        var bytes = new ByteArrayOutputStream(320);
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
            field(out, payloadDigest);
            field(out, metaDataDigest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 of the canonical form: the event's leaf in the chain. */
    public byte[] digest() {
        return digests().event();
    }

    /** The digests of payload and metadata and, over them and the other fields, of the event. */
    public Digests digests() {
        byte[] payloadDigest = ChainHash.sha256(payload);
        byte[] metaDataDigest = ChainHash.sha256OrNull(metaData);
        return new Digests(payloadDigest, metaDataDigest,
                ChainHash.sha256(canonicalForm(payloadDigest, metaDataDigest)));
    }

    /** SHA-256 of the payload, of the metadata (null when absent), and of the canonical form. */
    public record Digests(byte[] payload, byte[] metaData, byte[] event) {
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        LengthPrefixed.write(out, value);
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        LengthPrefixed.write(out, value);
    }
}
