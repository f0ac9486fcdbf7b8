package cz.css.ledger.audit.api;

/**
 * A checkpoint an auditor kept from earlier (the daily log, an export): position and head digest,
 * and if they have them the signature with its key id.
 */
public record PublishedCheckpoint(long position, String headHash, String signedAt, String keyId, String signature) {
}
