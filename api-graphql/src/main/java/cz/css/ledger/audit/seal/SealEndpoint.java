package cz.css.ledger.audit.seal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/seal}: how far the chain reaches, the last sealing lag and the checkpoint to publish. */
@Component
@Endpoint(id = "seal")
class SealEndpoint {
    private final Sealer sealer;
    private final SealSigner signer;

    SealEndpoint(Sealer sealer, SealSigner signer) {
        this.sealer = sealer;
        this.signer = signer;
    }

    @ReadOperation
    Map<String, Object> seal() {
        var status = sealer.status();
        var answer = new LinkedHashMap<String, Object>();
        answer.put("running", status.running());
        answer.put("sealedPosition", status.sealedPosition());
        answer.put("lastBatchLagMillis", status.lastBatchLag().toMillis());
        answer.put("greatestLateCommitMillis", status.greatestLateCommit().toMillis());
        answer.put("keyId", signer.keyId());
        answer.put("publicKey", signer.publicKeyText());
        status.lastCheckpoint().ifPresent(checkpoint -> answer.put("lastCheckpoint", Checkpoints.view(checkpoint, signer)));
        return answer;
    }
}
