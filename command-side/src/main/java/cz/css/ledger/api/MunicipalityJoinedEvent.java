package cz.css.ledger.api;

/** A municipality (obec) became a member of the DSO whose CSS this ledger serves. */
public record MunicipalityJoinedEvent(MunicipalityCode municipality, String name, String mayorName)
        implements CatalogueEvent {
}
