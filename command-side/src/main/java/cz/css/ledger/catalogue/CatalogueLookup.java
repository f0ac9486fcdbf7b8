package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of the catalogue, kept in the publishing transaction (a subscribing
 * processor), so a command sees every agreement recorded before it. Agreements are kept as periods
 * of days, so one agreed from a future day, or ended from a future day, holds only when it should.
 */
@Component
@ProcessingGroup(CatalogueLookup.PROCESSING_GROUP)
class CatalogueLookup implements AgendaAgreements, AgendaDirectory {
    static final String PROCESSING_GROUP = "catalogue-lookup";

    private final DefinedAgendas definedAgendas;
    private final AgreementPeriods agreements;

    CatalogueLookup(DefinedAgendas definedAgendas, AgreementPeriods agreements) {
        this.definedAgendas = definedAgendas;
        this.agreements = agreements;
    }

    @Override
    public boolean isDefined(AgendaCode agenda) {
        return definedAgendas.existsById(agenda.value());
    }

    @Override
    public boolean isAgreedOn(MunicipalityCode municipality, AgendaCode agenda, LocalDate day) {
        return periodsOf(municipality, agenda).stream().anyMatch(period -> period.covers(day));
    }

    @EventHandler
    void on(AgendaDefinedEvent event) {
        definedAgendas.save(new DefinedAgenda(event.agenda().value()));
    }

    @EventHandler
    void on(AgendaAgreedEvent event) {
        agreements.save(new AgreementPeriod(event.municipality().value(), event.agenda().value(), event.agreedOn()));
    }

    /** Closes the open period on the day it ends; until that day the agreement still holds. */
    @EventHandler
    void on(AgendaAgreementEndedEvent event) {
        periodsOf(event.municipality(), event.agenda()).stream().filter(AgreementPeriod::isOpen).forEach(period -> {
            period.endOn(event.endedOn());
            agreements.save(period);
        });
    }

    private List<AgreementPeriod> periodsOf(MunicipalityCode municipality, AgendaCode agenda) {
        return agreements.findByMunicipalityCodeAndAgendaCode(municipality.value(), agenda.value());
    }
}
