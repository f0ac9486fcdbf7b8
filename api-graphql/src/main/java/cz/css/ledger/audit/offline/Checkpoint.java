package cz.css.ledger.audit.offline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A signed statement "the chain had {@code position} events and head {@code headHash} at
 * {@code signedAt}", Ed25519-signed by a key that is not kept in the database. Once published, it
 * pins the history up to its position: any later rewrite gives another head.
 *
 * @param position number of sealed events the head covers (the position of the last one)
 * @param headHash hex chain hash after that event
 * @param signedAt ISO-8601 instant of signing
 * @param keyId {@link SealKeys#keyId(PublicKey)} of the signing key
 * @param signature Base64 Ed25519 signature of {@link #signedText()}
 */
public record Checkpoint(long position, String headHash, String signedAt, String keyId, String signature) {

    /** The exact text that is signed. */
    public String signedText() {
        return signedText(position, headHash, signedAt);
    }

    static String signedText(long position, String headHash, String signedAt) {
        return "cz.css.ledger checkpoint v1\nposition " + position + "\nhead " + headHash + "\nsigned-at " + signedAt
                + "\n";
    }

    public static Checkpoint sign(long position, byte[] head, String signedAt, PrivateKey key, PublicKey publicKey) {
        String headHash = ChainHash.hex(head);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(signedText(position, headHash, signedAt).getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(position, headHash, signedAt, SealKeys.keyId(publicKey),
                    Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint with an Ed25519 key", e);
        }
    }

    /** Whether the signature is valid for this key (false for a malformed signature). */
    public boolean isSignedBy(PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(signedText().getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
