package cz.css.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The citizen-request ledger: command side, query side and the GraphQL API in one application. */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        disableAxonPhoneHome();
        SpringApplication.run(LedgerApplication.class, args);
    }

    /** Axon checks for updates on a public host at start; the ledger runs offline and keeps quiet. */
    public static void disableAxonPhoneHome() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
