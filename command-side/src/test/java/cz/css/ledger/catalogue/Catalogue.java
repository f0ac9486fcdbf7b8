package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.AgreeAgendaCommand;
import cz.css.ledger.api.DefineAgendaCommand;
import cz.css.ledger.api.EndAgendaAgreementCommand;
import cz.css.ledger.api.JoinMunicipalityCommand;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import java.time.LocalDate;

/** Test data for the agenda catalogue: municipalities, agendas and agreements, as commands and events. */
final class Catalogue {
    static final MunicipalityCode IVANCICE = MunicipalityCode.of("583286");
    static final AgendaCode WASTE = AgendaCode.of("WASTE_COLLECTION");
    static final AgendaCode ROADS = AgendaCode.of("LOCAL_ROADS");
    static final LocalDate INITIAL_MEETING = LocalDate.parse("2026-01-15");
    static final LocalDate END_OF_JUNE = LocalDate.parse("2026-06-30");

    private Catalogue() {
    }

    static JoinMunicipalityCommand join(MunicipalityCode municipality) {
        return new JoinMunicipalityCommand(municipality, "Ivančice", "Milan Buček");
    }

    static MunicipalityJoinedEvent joined(MunicipalityCode municipality) {
        return new MunicipalityJoinedEvent(municipality, "Ivančice", "Milan Buček");
    }

    static AgreeAgendaCommand agree(MunicipalityCode municipality, AgendaCode agenda) {
        return new AgreeAgendaCommand(municipality, agenda, INITIAL_MEETING, "úvodní setkání");
    }

    static AgendaAgreedEvent agreed(MunicipalityCode municipality, AgendaCode agenda) {
        return new AgendaAgreedEvent(municipality, agenda, INITIAL_MEETING, "úvodní setkání");
    }

    static EndAgendaAgreementCommand endAgreement(MunicipalityCode municipality, AgendaCode agenda) {
        return new EndAgendaAgreementCommand(municipality, agenda, END_OF_JUNE, "Obec převzala agendu zpět.");
    }

    static AgendaAgreementEndedEvent agreementEnded(MunicipalityCode municipality, AgendaCode agenda) {
        return new AgendaAgreementEndedEvent(municipality, agenda, END_OF_JUNE, "Obec převzala agendu zpět.");
    }

    static DefineAgendaCommand define(AgendaCode agenda) {
        return new DefineAgendaCommand(agenda, "Svoz odpadu", "Svoz komunálního a tříděného odpadu");
    }

    static AgendaDefinedEvent defined(AgendaCode agenda) {
        return new AgendaDefinedEvent(agenda, "Svoz odpadu", "Svoz komunálního a tříděného odpadu");
    }
}
