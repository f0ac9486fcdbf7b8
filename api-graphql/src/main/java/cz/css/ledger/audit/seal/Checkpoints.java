package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.api.CheckpointView;
import cz.css.ledger.audit.offline.Checkpoint;

/** Checkpoints as the API shows them, with the public key that verifies the current ones. */
final class Checkpoints {
    private Checkpoints() {
    }

    static CheckpointView view(Checkpoint checkpoint, SealSigner signer) {
        return new CheckpointView(checkpoint.position(), checkpoint.headHash(), checkpoint.signedAt(),
                checkpoint.keyId(), checkpoint.signature(), signer.publicKeyText());
    }
}
