package cz.css.ledger.query.catalogue;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/** Feeds catalogue events through the projection, for tests of other packages that need names. */
public class CatalogueFixture {
    private final CatalogueProjection projection;

    public CatalogueFixture(ApplicationContext context) {
        projection = context.getBean(CatalogueProjection.class);
    }

    public void reset() {
        projection.reset();
    }

    public void agenda(String code, String name) {
        projection.on(new AgendaDefinedEvent(AgendaCode.of(code), name, null));
    }

    public void municipality(String code, String name) {
        projection.on(new MunicipalityJoinedEvent(MunicipalityCode.of(code), name, null), 0);
    }

    public void agreement(String municipality, String agenda, long sequence) {
        projection.on(new AgendaAgreedEvent(MunicipalityCode.of(municipality), AgendaCode.of(agenda),
                LocalDate.of(2026, 1, 15), "initial meeting"), sequence);
    }
}
