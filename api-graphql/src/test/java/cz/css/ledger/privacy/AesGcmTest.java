package cz.css.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmTest {
    private static final byte[] NAME = "Petra Svobodová".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncryptedForTheSameSubject() throws Exception {
        SecretKey key = newKey();
        byte[] sealed = AesGcm.encrypt(key, NAME, "request-1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Svobodov");
        assertThat(AesGcm.decrypt(key, sealed, "request-1")).isEqualTo(NAME);
    }

    @Test
    void aCiphertextMovedToAnotherSubjectDoesNotDecrypt() throws Exception {
        SecretKey key = newKey();
        byte[] sealed = AesGcm.encrypt(key, NAME, "request-1");
        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, "request-2")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void anAlteredCiphertextFailsItsIntegrityCheck() throws Exception {
        SecretKey key = newKey();
        byte[] sealed = AesGcm.encrypt(key, NAME, "request-1");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, "request-1")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() throws Exception {
        SecretKey key = newKey();
        assertThat(AesGcm.encrypt(key, NAME, "r")).isNotEqualTo(AesGcm.encrypt(key, NAME, "r"));
    }

    @Test
    void aDataKeyWrappedByTheMasterKeyUnwrapsOnlyForItsSubject() throws Exception {
        MasterKey master = MasterKey.fromBase64(Base64.getEncoder().encodeToString(newKey().getEncoded()));
        SecretKey dataKey = newKey();
        byte[] wrapped = master.wrap("request-1", dataKey);
        assertThat(master.unwrap("request-1", wrapped).getEncoded()).isEqualTo(dataKey.getEncoded());
        assertThatThrownBy(() -> master.unwrap("request-2", wrapped)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64("")).hasMessageContaining("LEDGER_PRIVACY_MASTERKEY");
    }

    private static SecretKey newKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }
}
