package cz.css.ledger.query.request;

import static java.util.stream.Collectors.toSet;

import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.catalogue.CatalogueNames;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds views from rows, with the municipality and agenda names of the catalogue as they are now. */
@Component
class RequestViews {
    private final CatalogueNames names;

    RequestViews(CatalogueNames names) {
        this.names = names;
    }

    RequestView of(RequestRow row) {
        return of(List.of(row)).get(0);
    }

    List<RequestView> of(List<RequestRow> rows) {
        Map<String, String> municipalities = names.municipalities(
                rows.stream().map(RequestRow::municipalityCode).collect(toSet()));
        Map<String, String> agendas = names.agendas(rows.stream().map(RequestRow::agendaCode).collect(toSet()));
        return rows.stream()
                .map(row -> row.view(municipalities.get(row.municipalityCode()), agendas.get(row.agendaCode())))
                .toList();
    }
}
