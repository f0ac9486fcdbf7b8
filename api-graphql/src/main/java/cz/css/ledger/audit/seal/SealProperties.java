package cz.css.ledger.audit.seal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ledger is sealed.
 *
 * @param enabled whether this node runs the sealer (verification works either way)
 * @param interval how often the sealer looks for new events: the sealing lag is about this plus a batch
 * @param batchSize events sealed per transaction
 * @param checkpointInterval how often the head is signed (and logged) when it has moved
 * @param lateTolerance how far an event's time may lie before the newest sealed event's time and still be
 *        sealed as a late commit (a concurrent transaction that committed after a later-stamped one); older
 *        ones appeared after the chain passed them and are reported as inserted. It must exceed the longest
 *        time from an event's creation to its transaction's commit (plus the clock skew between nodes);
 *        events back-dated by more than this before a sealed event are caught, so history older than the
 *        sealing lag plus this tolerance is closed to insertions
 * @param gapTimeout how long a hole in the global index is watched for an event still being committed
 * @param signingKey Base64 PKCS#8 Ed25519 private key (env LEDGER_AUDIT_SEAL_SIGNING_KEY); without it a key
 *        is generated once into {@code ${ledger.data-dir}/ledger-seal-signing.key}
 * @param previousPublicKeys Base64 X.509 public keys of earlier signing keys, still trusted for old checkpoints
 */
@ConfigurationProperties("ledger.audit.seal")
public record SealProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("250ms") Duration interval,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("1h") Duration checkpointInterval,
        @DefaultValue("1s") Duration lateTolerance,
        @DefaultValue("60s") Duration gapTimeout,
        String signingKey,
        List<String> previousPublicKeys) {

    public SealProperties {
        previousPublicKeys = previousPublicKeys == null ? List.of() : List.copyOf(previousPublicKeys);
    }
}
