package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.MunicipalityCode;
import java.time.LocalDate;

/** Whether a municipality agrees, on a given day, that the CSS deals with an agenda for it. */
public interface AgendaAgreements {
    /** True if an agreement to the agenda took effect on or before the day and had not ended by it. */
    boolean isAgreedOn(MunicipalityCode municipality, AgendaCode agenda, LocalDate day);
}
