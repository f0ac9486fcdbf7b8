package cz.css.ledger.privacy;

import cz.css.ledger.api.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a request's data key in the transaction that records its erasure (a subscribing
 * processor), so the erasure and the loss of the key cannot be separated.
 */
@Component
@ProcessingGroup(PersonalDataShredder.PROCESSING_GROUP)
class PersonalDataShredder {
    static final String PROCESSING_GROUP = "privacy-keys";

    private final SubjectKeys keys;

    PersonalDataShredder(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        keys.destroy(event.requestId());
    }
}
