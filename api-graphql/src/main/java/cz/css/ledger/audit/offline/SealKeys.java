package cz.css.ledger.audit.offline;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys of the checkpoints as Base64 text: the private key PKCS#8, the public key X.509.
 * {@code main} prints a new pair: configure the private one, publish the public one.
 */
public final class SealKeys {
    private SealKeys() {
    }

    public static void main(String[] args) {
        KeyPair pair = generate();
        System.out.println("# Ledger checkpoint signing key (Ed25519). Keep the private key out of the database.");
        System.out.println("LEDGER_AUDIT_SEAL_SIGNING_KEY=" + encode(pair.getPrivate()));
        System.out.println("# Public key: publish it; auditors verify checkpoints and exports with it.");
        System.out.println("public-key=" + encode(pair.getPublic()));
        System.out.println("key-id=" + keyId(pair.getPublic()));
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a Base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a Base64 X.509 Ed25519 public key", e);
        }
    }

    /** The public key that belongs to a private key (Ed25519 derives it from the private scalar). */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
        try {
            var spec = KeyFactory.getInstance("Ed25519").getKeySpec(privateKey, EdECPrivateKeySpec.class);
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(spec.getBytes()));
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the Ed25519 public key", e);
        }
    }

    /** The first 8 bytes of SHA-256 of the public key's X.509 encoding, in hex. */
    public static String keyId(PublicKey key) {
        return ChainHash.hex(Arrays.copyOf(ChainHash.sha256(key.getEncoded()), 8));
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }

    /** Feeds the generator the private key's own bytes, so it regenerates exactly that pair. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] into) {
            System.arraycopy(bytes, 0, into, 0, Math.min(bytes.length, into.length));
        }
    }
}
