package cz.css.ledger.audit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    @Test
    void canonicalFormIsStable() {
        var event = new StoredEvent(7, "e-7", "req-1", 2, "CitizenRequest", "2026-11-22T09:30:00Z",
                "cz.css.ledger.api.RequestClosedEvent", null, "{}".getBytes(StandardCharsets.UTF_8), null);

        // Published format: changing it breaks every chain already sealed and every export already given out.
        assertThat(event.digest()).isEqualTo(ChainHash.sha256(event.canonicalForm()));
        assertThat(ChainHash.hex(ChainHash.GENESIS))
                .isEqualTo(ChainHash.hex(ChainHash.sha256("cz.css.ledger/chain/v1".getBytes(StandardCharsets.UTF_8))));
        assertThat(ChainHash.hex(event.digest())).isEqualTo(CANONICAL_DIGEST_OF_EVENT_7);
    }

    @Test
    void everyFieldCountsAndAbsentDiffersFromEmpty() {
        var base = new StoredEvent(7, "e-7", "req-1", 2, "CitizenRequest", "2026-11-22T09:30:00Z", "T", null,
                "{}".getBytes(StandardCharsets.UTF_8), null);
        var emptyMetadata = new StoredEvent(7, "e-7", "req-1", 2, "CitizenRequest", "2026-11-22T09:30:00Z", "T", null,
                "{}".getBytes(StandardCharsets.UTF_8), new byte[0]);
        var otherIndex = new StoredEvent(8, "e-7", "req-1", 2, "CitizenRequest", "2026-11-22T09:30:00Z", "T", null,
                "{}".getBytes(StandardCharsets.UTF_8), null);
        // "req-1" + "2..." must not collide with "req-12" + "..." thanks to the length prefixes
        var shifted = new StoredEvent(7, "e-7", "req-12", 2, "CitizenRequest", "026-11-22T09:30:00Z", "T", null,
                "{}".getBytes(StandardCharsets.UTF_8), null);

        assertThat(base.digest()).isNotEqualTo(emptyMetadata.digest()).isNotEqualTo(otherIndex.digest())
                .isNotEqualTo(shifted.digest());
    }

    @Test
    void linkDependsOnThePreviousLink() {
        byte[] leaf = ChainHash.sha256(new byte[] {1});
        assertThat(ChainHash.link(ChainHash.GENESIS, leaf)).isNotEqualTo(ChainHash.link(leaf, leaf));
    }

    private static final String CANONICAL_DIGEST_OF_EVENT_7 =
            "e5bceaeccb5d8fd53301b068648b092352c8ae2d58c85b7b8fd89343c1c99701";
}
