package cz.css.ledger.audit.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealKeysTest {

    @Test
    void publicKeyDerivedFromThePrivateKeyVerifiesItsCheckpoints() {
        var pair = SealKeys.generate();
        var privateKey = SealKeys.privateKey(SealKeys.encode(pair.getPrivate()));
        var derived = SealKeys.publicKeyOf(privateKey);

        var checkpoint = Checkpoint.sign(12, ChainHash.GENESIS, "2026-11-22T10:00:00Z", privateKey, derived);

        assertThat(derived.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(checkpoint.isSignedBy(SealKeys.publicKey(SealKeys.encode(pair.getPublic())))).isTrue();
        assertThat(checkpoint.keyId()).isEqualTo(SealKeys.keyId(pair.getPublic())).hasSize(16);
    }

    @Test
    void alteredCheckpointNoLongerVerifies() {
        var pair = SealKeys.generate();
        var checkpoint = Checkpoint.sign(12, ChainHash.GENESIS, "2026-11-22T10:00:00Z", pair.getPrivate(),
                pair.getPublic());
        var moved = new Checkpoint(13, checkpoint.headHash(), checkpoint.signedAt(), checkpoint.keyId(),
                checkpoint.signature());

        assertThat(moved.isSignedBy(pair.getPublic())).isFalse();
        assertThat(new Checkpoint(12, checkpoint.headHash(), checkpoint.signedAt(), checkpoint.keyId(), "garbage")
                .isSignedBy(pair.getPublic())).isFalse();
    }

    @Test
    void malformedKeysAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SealKeys.privateKey("bm90IGEga2V5")).hasMessageContaining("PKCS#8 Ed25519");
        assertThatThrownBy(() -> SealKeys.publicKey("%%%")).hasMessageContaining("X.509 Ed25519");
    }
}
