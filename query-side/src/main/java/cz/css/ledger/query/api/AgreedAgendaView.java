package cz.css.ledger.query.api;

import java.time.LocalDate;

/** An agenda a municipality agreed to, since when. */
public record AgreedAgendaView(String agendaCode, String agendaName, LocalDate agreedOn) {
}
