package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every unit of work of the running ledger is time-limited once, by the ledger's limit, and no handler invocation
 * is limited apart.
 */
@PostgresIntegrationTest
class UnitOfWorkTimeoutsIntegrationTests {
    /** The resource under which Axon's interceptor keeps a unit of work's time-limited task. */
    private static final String TIME_LIMIT = "_transactionTimeLimit";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandBus commandBus;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryBus queryBus;
    @Autowired
    QueryGateway queries;
    @Autowired
    ObjectProvider<HandlerTimeoutHandlerEnhancerDefinition> handlerTimeouts;

    @Test
    void everyEventProcessorLimitsItsBatches() {
        assertThat(processing.eventProcessors()).isNotEmpty();
        processing.eventProcessors().forEach((name, processor) -> assertThat(
                ((AbstractEventProcessor) processor).getHandlerInterceptors()).as(name)
                .hasAtLeastOneElementOfType(UnitOfWorkTimeoutInterceptor.class));
    }

    @Test
    void aCommandRunsWithinATimeLimit() {
        Registration handler = commandBus.subscribe("timeouts-probe",
                command -> CurrentUnitOfWork.get().root().resources().containsKey(TIME_LIMIT));
        try {
            Object limited = commands.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>("probe"), "timeouts-probe"));
            assertThat(limited).isEqualTo(true);
        } finally {
            handler.cancel();
        }
    }

    @Test
    void aQueryRunsWithinATimeLimit() throws Exception {
        Registration handler = queryBus.subscribe("timeouts-probe", Boolean.class,
                query -> CurrentUnitOfWork.get().root().resources().containsKey(TIME_LIMIT));
        try {
            assertThat(queries.query("timeouts-probe", "probe", Boolean.class).get()).isTrue();
        } finally {
            handler.cancel();
        }
    }

    @Test
    void noHandlerInvocationIsLimitedApart() {
        assertThat(handlerTimeouts.getIfAvailable()).isNull();
    }
}
