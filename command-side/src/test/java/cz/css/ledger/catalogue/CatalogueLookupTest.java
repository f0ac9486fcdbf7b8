package cz.css.ledger.catalogue;

import static cz.css.ledger.catalogue.Catalogue.IVANCICE;
import static cz.css.ledger.catalogue.Catalogue.ROADS;
import static cz.css.ledger.catalogue.Catalogue.WASTE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lookup answers whether an agenda is agreed on a given day, not merely whether it was ever recorded. */
class CatalogueLookupTest {
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate JULY_1 = LocalDate.parse("2026-07-01");
    private static final LocalDate SEPTEMBER_1 = LocalDate.parse("2026-09-01");

    private final CatalogueLookup lookup = new CatalogueLookup(null, new InMemoryAgreementPeriods());

    @Test
    void anAgreementHoldsFromItsDayOnNotBefore() {
        lookup.on(agreed(MARCH_1));

        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, MARCH_1.minusDays(1))).isFalse();
        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, MARCH_1)).isTrue();
        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, JULY_1)).isTrue();
    }

    @Test
    void anAgreementEndedFromALaterDayHoldsUntilTheDayBefore() {
        lookup.on(agreed(MARCH_1));
        lookup.on(ended(JULY_1));

        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, JULY_1.minusDays(1))).isTrue();
        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, JULY_1)).isFalse();
    }

    @Test
    void aRenewedAgreementKeepsTheEarlierPeriodAndLeavesTheGapUnagreed() {
        lookup.on(agreed(MARCH_1));
        lookup.on(ended(JULY_1));
        lookup.on(agreed(SEPTEMBER_1));

        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, JULY_1.minusDays(1))).isTrue();
        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, JULY_1)).isFalse();
        assertThat(lookup.isAgreedOn(IVANCICE, WASTE, SEPTEMBER_1)).isTrue();
    }

    @Test
    void onlyTheSameMunicipalityAndAgendaCount() {
        lookup.on(agreed(MARCH_1));

        assertThat(lookup.isAgreedOn(IVANCICE, ROADS, JULY_1)).isFalse();
        assertThat(lookup.isAgreedOn(MunicipalityCode.of("583588"), WASTE, JULY_1)).isFalse();
    }

    private static AgendaAgreedEvent agreed(LocalDate day) {
        return new AgendaAgreedEvent(IVANCICE, WASTE, day, "zasedání zastupitelstva");
    }

    private static AgendaAgreementEndedEvent ended(LocalDate day) {
        return new AgendaAgreementEndedEvent(IVANCICE, WASTE, day, "Obec převzala agendu zpět.");
    }

    /** The lookup table, in memory. */
    private static final class InMemoryAgreementPeriods implements AgreementPeriods {
        private final List<AgreementPeriod> periods = new ArrayList<>();

        @Override
        public AgreementPeriod save(AgreementPeriod period) {
            if (!periods.contains(period)) {
                periods.add(period);
            }
            return period;
        }

        @Override
        public List<AgreementPeriod> findByMunicipalityCodeAndAgendaCode(String municipalityCode, String agendaCode) {
            return periods.stream().filter(period -> period.isOf(municipalityCode, agendaCode)).toList();
        }
    }
}
