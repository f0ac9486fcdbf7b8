package cz.css.ledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first start of an empty ledger records the member municipalities' catalogue whole, or not at all. */
@PostgresIntegrationTest
class CatalogueSeedIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCatalogueIsRecordedInOneTransaction() {
        List<String> transactions = new ArrayList<>();
        for (var agenda : IvancickoCatalogue.AGENDAS) {
            transactions.addAll(writers("select xmin::text from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number = 0", agenda.code()));
        }
        int agreements = 0;
        for (var member : IvancickoCatalogue.MEMBERS) {
            // joined, then each agenda agreed: its first events, whatever tests record for it later
            transactions.addAll(writers("select xmin::text from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number <= " + member.agendas().size(), member.code()));
            agreements += member.agendas().size();
        }

        assertThat(transactions)
                .hasSize(IvancickoCatalogue.AGENDAS.size() + IvancickoCatalogue.MEMBERS.size() + agreements)
                .containsOnly(transactions.get(0));
    }

    /** The transactions that wrote the rows (PostgreSQL's {@code xmin}). */
    private List<String> writers(String sql, String aggregate) {
        return jdbc.queryForList(sql, String.class, aggregate);
    }
}
