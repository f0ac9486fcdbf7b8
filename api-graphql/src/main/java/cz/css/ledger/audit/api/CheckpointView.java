package cz.css.ledger.audit.api;

/**
 * A signed checkpoint to publish: the chain had {@code position} events with head {@code headHash};
 * Ed25519 signature over the text "cz.css.ledger checkpoint v1\nposition P\nhead H\nsigned-at T\n".
 */
public record CheckpointView(long position, String headHash, String signedAt, String keyId, String signature,
        String publicKey) {
}
