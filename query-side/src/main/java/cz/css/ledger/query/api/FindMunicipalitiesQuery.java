package cz.css.ledger.query.api;

/** All member municipalities with the agendas each currently agrees to; answers a list of {@link MunicipalityView}. */
public record FindMunicipalitiesQuery() {
}
