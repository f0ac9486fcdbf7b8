package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.SealKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoints with the configured Ed25519 key and knows the public keys trusted for
 * verification (the current one and earlier ones). The private key never goes to the database.
 */
public final class SealSigner {
    private static final Logger log = LoggerFactory.getLogger(SealSigner.class);
    static final String KEY_FILE = "ledger-seal-signing.key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

    SealSigner(PrivateKey privateKey, Iterable<String> previousPublicKeys) {
        this.privateKey = privateKey;
        this.publicKey = SealKeys.publicKeyOf(privateKey);
        trusted.put(SealKeys.keyId(publicKey), publicKey);
        for (String previous : previousPublicKeys) {
            PublicKey key = SealKeys.publicKey(previous);
            trusted.put(SealKeys.keyId(key), key);
        }
    }

    /** The configured key, or else one generated once into the data directory (the embedded default). */
    static SealSigner from(SealProperties properties, Path dataDir) {
        String configured = properties.signingKey();
        if (configured == null || configured.isBlank()) {
            configured = keyFile(dataDir.resolve(KEY_FILE));
        }
        var signer = new SealSigner(SealKeys.privateKey(configured), properties.previousPublicKeys());
        log.info("Ledger checkpoints are signed with Ed25519 key {}; public key (publish it): {}", signer.keyId(),
                signer.publicKeyText());
        return signer;
    }

    private static String keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String key = SealKeys.encode(SealKeys.generate().getPrivate());
            Files.writeString(file, key + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's permissions apply
            }
            log.warn("No ledger.audit.seal.signing-key configured: generated one into {}; configure your own "
                    + "(LEDGER_AUDIT_SEAL_SIGNING_KEY) in production and keep it out of the database", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the seal signing key " + file, e);
        }
    }

    Checkpoint sign(long position, byte[] head, String signedAt) {
        return Checkpoint.sign(position, head, signedAt, privateKey, publicKey);
    }

    Optional<PublicKey> trustedKey(String keyId) {
        return Optional.ofNullable(trusted.get(keyId));
    }

    public String keyId() {
        return SealKeys.keyId(publicKey);
    }

    public String publicKeyText() {
        return SealKeys.encode(publicKey);
    }
}
