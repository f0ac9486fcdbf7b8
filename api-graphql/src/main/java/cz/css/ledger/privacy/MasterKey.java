package cz.css.ledger.privacy;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The key that wraps every data key; it comes from configuration or the environment, never the database. */
final class MasterKey {
    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    static MasterKey fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("ledger.privacy.master-key (LEDGER_PRIVACY_MASTERKEY) is not set");
        }
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("ledger.privacy.master-key must be 32 bytes (base64), got " + bytes.length);
        }
        return new MasterKey(new SecretKeySpec(bytes, "AES"));
    }

    byte[] wrap(String subject, SecretKey dataKey) {
        return AesGcm.encrypt(key, dataKey.getEncoded(), subject);
    }

    SecretKey unwrap(String subject, byte[] wrapped) {
        try {
            return new SecretKeySpec(AesGcm.decrypt(key, wrapped, subject), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data key of " + subject + " cannot be unwrapped with this master key", e);
        }
    }
}
