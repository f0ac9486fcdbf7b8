package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.api.CheckpointView;
import cz.css.ledger.audit.api.ExportLedgerPageQuery;
import cz.css.ledger.audit.api.ExportLedgerQuery;
import cz.css.ledger.audit.api.FindLatestCheckpointQuery;
import cz.css.ledger.audit.api.LedgerExportPlan;
import cz.css.ledger.audit.api.LedgerVerificationView;
import cz.css.ledger.audit.api.VerifyLedgerQuery;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the auditors' questions about the seal: verification, the checkpoint to publish, exports. */
@Component
class SealQueries {
    private final LedgerVerifier verifier;
    private final LedgerExport export;
    private final Sealer sealer;
    private final SealStore store;
    private final SealSigner signer;

    SealQueries(LedgerVerifier verifier, LedgerExport export, Sealer sealer, SealStore store, SealSigner signer) {
        this.verifier = verifier;
        this.export = export;
        this.sealer = sealer;
        this.store = store;
        this.signer = signer;
    }

    @QueryHandler
    LedgerVerificationView handle(VerifyLedgerQuery query) {
        return verifier.verify(query.published());
    }

    @QueryHandler
    CheckpointView handle(FindLatestCheckpointQuery query) {
        var checkpoint = query.fresh() ? sealer.checkpointNow() : store.lastCheckpoint();
        return checkpoint.map(found -> Checkpoints.view(found, signer)).orElse(null);
    }

    @QueryHandler
    LedgerExportPlan handle(ExportLedgerQuery query) {
        return export.plan(query);
    }

    @QueryHandler
    List<String> handle(ExportLedgerPageQuery query) {
        return export.page(query);
    }
}
