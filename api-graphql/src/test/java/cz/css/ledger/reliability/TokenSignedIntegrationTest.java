package cz.css.ledger.reliability;

import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.TestTokens;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the test PostgreSQL, also accepting bearer tokens of a test issuer, so
 * that thousands of calls do not each pay for a bcrypt hash. Subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "it"})
abstract class TokenSignedIntegrationTest {
    static final TestTokens ISSUER = new TestTokens();

    @DynamicPropertySource
    static void testIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", ISSUER::publicKeyLocation);
    }

    @LocalServerPort
    int port;

    RawGraphQl staff() {
        return new RawGraphQl(port, ISSUER.staff("zavodni.test", Duration.ofHours(1)));
    }
}
