package cz.css.ledger.audit.replay;

import cz.css.ledger.app.EventSerializerCustomization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** The replay monitor samples running replays every second; replay tokens must be readable. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplayConfiguration {

    /**
     * A replay writes Axon's {@code ReplayToken}, whose {@code Object} field Jackson 3's default type
     * validator refuses outright (AxonFramework issues 4160 and 4218): without this every replay
     * would stall on reading its own tokens. Only Axon's and the ledger's classes are allowed.
     */
    @Bean
    EventSerializerCustomization replayTokensReadable() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("cz.css.ledger.")
                .build());
    }
}
