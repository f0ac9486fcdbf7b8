package cz.css.ledger.audit.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over sealed events: {@code h0 = SHA-256("cz.css.ledger/chain/v1")},
 * {@code h(n) = SHA-256(h(n-1) || SHA-256(canonical(event n)))}. Each link commits to every event
 * before it, so a signed head commits to the whole history up to its position.
 */
public final class ChainHash {
    /** Never updated; each digest is a clone of it, far cheaper than looking the algorithm up each time. */
    private static final MessageDigest SHA_256 = lookUpSha256();
    /** The chain's value before the first event. */
    public static final byte[] GENESIS = sha256("cz.css.ledger/chain/v1".getBytes(StandardCharsets.UTF_8));

    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** The link after {@code previous} for an event whose digest (leaf) is {@code eventDigest}. */
    public static byte[] link(byte[] previous, byte[] eventDigest) {
        MessageDigest sha = newSha256();
        sha.update(previous);
        sha.update(eventDigest);
        return sha.digest();
    }

    public static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    /** SHA-256 of possibly absent bytes; absent gives null. */
    public static byte[] sha256OrNull(byte[] bytes) {
        return bytes == null ? null : sha256(bytes);
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
