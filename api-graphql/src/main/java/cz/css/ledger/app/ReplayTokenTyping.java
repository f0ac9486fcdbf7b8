package cz.css.ledger.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Lets the token store read back the tokens a replay writes. Axon's {@code ReplayToken} keeps its
 * reset context in a field typed {@code Object} with class-name type information; Jackson 3's
 * default validator refuses every polymorphic {@code Object}, so after {@code resetTokens()} a
 * streaming processor could not load its own tokens and never started again. Only Axon's, the JDK's
 * basic and the ledger's own classes are accepted as type names.
 */
@Configuration(proxyBeanMethods = false)
class ReplayTokenTyping {

    @Bean
    EventSerializerCustomization replayTokensReadBack() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.time.")
                .allowIfSubType("cz.css.ledger.")
                .build());
    }
}
