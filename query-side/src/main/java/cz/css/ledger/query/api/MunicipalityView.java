package cz.css.ledger.query.api;

import java.util.List;

/** A member municipality, its mayor and the agendas it currently agrees to. */
public record MunicipalityView(String code, String name, String mayorName, List<AgreedAgendaView> agreedAgendas) {
}
