package cz.css.ledger.query.catalogue;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalogue read model. Idempotent: an agenda or municipality is inserted once, and an
 * agreement event is applied only when it is newer than the municipality's version.
 */
@Component
@ProcessingGroup("catalogue")
class CatalogueProjection {
    private final AgendaRows agendas;
    private final MunicipalityRows municipalities;
    private final AgreementRows agreements;

    CatalogueProjection(AgendaRows agendas, MunicipalityRows municipalities, AgreementRows agreements) {
        this.agendas = agendas;
        this.municipalities = municipalities;
        this.agreements = agreements;
    }

    @EventHandler
    void on(AgendaDefinedEvent event) {
        if (!agendas.existsById(event.agenda().value())) {
            agendas.save(new AgendaRow(event));
        }
    }

    @EventHandler
    void on(MunicipalityJoinedEvent event, @SequenceNumber long sequence) {
        if (!municipalities.existsById(event.municipality().value())) {
            municipalities.save(new MunicipalityRow(event, sequence));
        }
    }

    @EventHandler
    void on(AgendaAgreedEvent event, @SequenceNumber long sequence) {
        AgreementKey key = new AgreementKey(event.municipality().value(), event.agenda().value());
        whenBehind(event.municipality(), sequence, () -> agreements.save(new AgreementRow(key, event.agreedOn())));
    }

    @EventHandler
    void on(AgendaAgreementEndedEvent event, @SequenceNumber long sequence) {
        AgreementKey key = new AgreementKey(event.municipality().value(), event.agenda().value());
        whenBehind(event.municipality(), sequence, () -> agreements.deleteById(key));
    }

    @ResetHandler
    void reset() {
        agreements.deleteAllInBatch();
        municipalities.deleteAllInBatch();
        agendas.deleteAllInBatch();
    }

    private void whenBehind(MunicipalityCode code, long sequence, Runnable change) {
        municipalities.findById(code.value()).filter(row -> row.isBehind(sequence)).ifPresent(row -> {
            change.run();
            row.applied(sequence);
            municipalities.save(row);
        });
    }
}
