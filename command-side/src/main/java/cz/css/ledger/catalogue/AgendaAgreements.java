package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.MunicipalityCode;

/** Whether a municipality currently agrees that the CSS deals with an agenda for it. */
public interface AgendaAgreements {
    boolean isAgreed(MunicipalityCode municipality, AgendaCode agenda);
}
