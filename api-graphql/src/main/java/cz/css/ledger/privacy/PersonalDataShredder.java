package cz.css.ledger.privacy;

import cz.css.ledger.api.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a request's data key in the unit of work that appends its erasure: a subscribing
 * processor (registered in {@link PrivacyConfiguration}) whose failures propagate, so either the
 * event is stored and the key gone, or neither.
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
