package cz.css.ledger.graphql;

import cz.css.ledger.security.LedgerUser;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * Who sends a command: taken from the authenticated principal, never from client input. Every
 * command starts a new correlation id; its events inherit it together with the actor.
 */
record Actor(String user, String role) {
    /** The actor of an answer given with a one-time survey code: an anonymous citizen, never named by input. */
    static final Actor CITIZEN_WITH_SURVEY_CODE = new Actor("citizen", "CITIZEN_SURVEY");

    static Actor of(Principal principal) {
        LedgerUser user = LedgerUser.of(principal);
        return new Actor(user.name(), user.role().name());
    }

    MetaData metaData() {
        return MetaData.from(Map.of("actor", user, "actorRole", role, "correlationId", UUID.randomUUID().toString()));
    }
}
