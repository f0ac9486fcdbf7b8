package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaCode;

/** Whether an agenda is defined in the catalogue. */
public interface AgendaDirectory {
    boolean isDefined(AgendaCode agenda);
}
