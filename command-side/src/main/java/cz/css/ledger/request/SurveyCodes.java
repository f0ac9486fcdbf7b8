package cz.css.ledger.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * One-time survey codes: 256 random bits, URL-safe Base64 (43 characters), so they cannot be
 * guessed; stored only as their SHA-256 hash, so a leaked lookup table answers no survey.
 */
final class SurveyCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyCodes() {
    }

    static Supplier<String> random() {
        return () -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("The JDK lacks SHA-256", missing);
        }
    }
}
