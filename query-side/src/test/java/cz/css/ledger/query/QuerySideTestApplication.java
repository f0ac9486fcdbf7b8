package cz.css.ledger.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The query side alone: JPA, Flyway and the projections and query handlers, without Axon's runtime. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class QuerySideTestApplication {
}
