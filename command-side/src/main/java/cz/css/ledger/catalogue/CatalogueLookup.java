package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.MunicipalityCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of the catalogue, kept in the publishing transaction (a subscribing
 * processor), so a command sees every agreement recorded before it.
 */
@Component
@ProcessingGroup(CatalogueLookup.PROCESSING_GROUP)
class CatalogueLookup implements AgendaAgreements, AgendaDirectory {
    static final String PROCESSING_GROUP = "catalogue-lookup";

    private final DefinedAgendas definedAgendas;
    private final AgreedAgendas agreedAgendas;

    CatalogueLookup(DefinedAgendas definedAgendas, AgreedAgendas agreedAgendas) {
        this.definedAgendas = definedAgendas;
        this.agreedAgendas = agreedAgendas;
    }

    @Override
    public boolean isDefined(AgendaCode agenda) {
        return definedAgendas.existsById(agenda.value());
    }

    @Override
    public boolean isAgreed(MunicipalityCode municipality, AgendaCode agenda) {
        return agreedAgendas.existsById(new AgreedAgenda.Key(municipality.value(), agenda.value()));
    }

    @EventHandler
    void on(AgendaDefinedEvent event) {
        definedAgendas.save(new DefinedAgenda(event.agenda().value()));
    }

    @EventHandler
    void on(AgendaAgreedEvent event) {
        agreedAgendas.save(new AgreedAgenda(event.municipality().value(), event.agenda().value()));
    }

    @EventHandler
    void on(AgendaAgreementEndedEvent event) {
        agreedAgendas.deleteById(new AgreedAgenda.Key(event.municipality().value(), event.agenda().value()));
    }
}
