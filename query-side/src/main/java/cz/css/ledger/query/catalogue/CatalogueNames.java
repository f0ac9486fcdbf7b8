package cz.css.ledger.query.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names of municipalities and agendas by code, looked up when a view is built rather than copied into it. */
@Component
public class CatalogueNames {
    private final MunicipalityRows municipalities;
    private final AgendaRows agendas;

    CatalogueNames(MunicipalityRows municipalities, AgendaRows agendas) {
        this.municipalities = municipalities;
        this.agendas = agendas;
    }

    /** Municipality name by code; a code not (yet) in the catalogue is absent. */
    public Map<String, String> municipalities(Collection<String> codes) {
        return municipalities.findAllById(codes).stream()
                .collect(Collectors.toMap(MunicipalityRow::code, MunicipalityRow::name));
    }

    /** Agenda name by code; a code not (yet) in the catalogue is absent. */
    public Map<String, String> agendas(Collection<String> codes) {
        return byCode(agendas.findAllById(codes));
    }

    static Map<String, String> byCode(Collection<AgendaRow> rows) {
        return rows.stream().collect(Collectors.toMap(AgendaRow::code, AgendaRow::name));
    }
}
