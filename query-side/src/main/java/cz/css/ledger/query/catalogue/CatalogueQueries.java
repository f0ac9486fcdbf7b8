package cz.css.ledger.query.catalogue;

import static java.util.Comparator.comparing;
import static java.util.Comparator.nullsLast;
import static java.util.stream.Collectors.groupingBy;

import cz.css.ledger.query.api.AgendaView;
import cz.css.ledger.query.api.AgreedAgendaView;
import cz.css.ledger.query.api.FindAgendasQuery;
import cz.css.ledger.query.api.FindMunicipalitiesQuery;
import cz.css.ledger.query.api.MunicipalityView;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the catalogue queries. Names are sorted in Java with the Czech collation (ch after h,
 * č after c) so the order is the same on PostgreSQL and H2 whatever their collation.
 */
@Component
class CatalogueQueries {
    private static final Comparator<String> CZECH =
            nullsLast(Collator.getInstance(Locale.forLanguageTag("cs"))::compare);

    private final AgendaRows agendas;
    private final MunicipalityRows municipalities;
    private final AgreementRows agreements;

    CatalogueQueries(AgendaRows agendas, MunicipalityRows municipalities, AgreementRows agreements) {
        this.agendas = agendas;
        this.municipalities = municipalities;
        this.agreements = agreements;
    }

    @QueryHandler
    List<AgendaView> handle(FindAgendasQuery query) {
        return agendas.findAll().stream()
                .sorted(comparing(AgendaRow::name, CZECH).thenComparing(AgendaRow::code))
                .map(AgendaRow::view)
                .toList();
    }

    @QueryHandler
    List<MunicipalityView> handle(FindMunicipalitiesQuery query) {
        Map<String, List<AgreementRow>> agreed = agreements.findAll().stream()
                .collect(groupingBy(AgreementRow::municipalityCode));
        Map<String, String> agendaNames = CatalogueNames.byCode(agendas.findAll());
        return municipalities.findAll().stream()
                .sorted(comparing(MunicipalityRow::name, CZECH).thenComparing(MunicipalityRow::code))
                .map(m -> new MunicipalityView(m.code(), m.name(), m.mayorName(),
                        agreedAgendas(agreed.getOrDefault(m.code(), List.of()), agendaNames)))
                .toList();
    }

    private static List<AgreedAgendaView> agreedAgendas(List<AgreementRow> rows, Map<String, String> agendaNames) {
        return rows.stream()
                .map(a -> new AgreedAgendaView(a.agendaCode(), agendaNames.get(a.agendaCode()), a.agreedOn()))
                .sorted(comparing(AgreedAgendaView::agendaName, CZECH).thenComparing(AgreedAgendaView::agendaCode))
                .toList();
    }
}
