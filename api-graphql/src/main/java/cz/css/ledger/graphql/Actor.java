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

    static Actor of(Principal principal) {
        LedgerUser user = LedgerUser.of(principal);
        return new Actor(user.name(), user.role().name());
    }

    MetaData metaData() {
        return MetaData.from(Map.of("actor", user, "actorRole", role, "correlationId", UUID.randomUUID().toString()));
    }
}
