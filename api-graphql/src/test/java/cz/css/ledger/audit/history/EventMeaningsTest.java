package cz.css.ledger.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.api.CatalogueEvent;
import cz.css.ledger.api.RequestEvent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventMeaningsTest {

    @Test
    void everyEventOfTheContractHasABusinessMeaning() {
        var types = Stream.concat(Arrays.stream(RequestEvent.class.getPermittedSubclasses()),
                Arrays.stream(CatalogueEvent.class.getPermittedSubclasses())).map(Class::getSimpleName).toList();

        assertThat(types).hasSizeGreaterThan(15).allSatisfy(type -> assertThat(EventMeanings.knows(type))
                .as("meaning of %s", type).isTrue());
        assertThat(EventMeanings.of("SomethingNewEvent")).contains("SomethingNewEvent").contains("no meaning");
    }
}
