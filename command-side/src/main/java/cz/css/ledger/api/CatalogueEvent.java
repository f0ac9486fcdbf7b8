package cz.css.ledger.api;

/** An event of the agenda catalogue: agendas, member municipalities and what each agreed to. */
public sealed interface CatalogueEvent permits AgendaDefinedEvent, MunicipalityJoinedEvent, AgendaAgreedEvent,
        AgendaAgreementEndedEvent {
}
