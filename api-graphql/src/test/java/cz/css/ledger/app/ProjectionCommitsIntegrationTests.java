package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class ProjectionCommitsIntegrationTests {
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTrackingProjectionsCommitWithoutWaitingForTheDiskAndTheCommandSideProcessorsDoNot() {
        for (String tracking : ProjectionCommits.TRACKING_PROJECTIONS) {
            assertThat(interceptorsOf(tracking)).as(tracking).hasAtLeastOneElementOfType(ProjectionCommits.class);
        }
        for (String subscribing : new String[] {"catalogue", "catalogue-lookup"}) {
            assertThat(interceptorsOf(subscribing)).as(subscribing).noneMatch(ProjectionCommits.class::isInstance);
        }
    }

    @Test
    void aProjectionBatchCommitsWithoutWaitingForTheDiskAndTheNextTransactionWaitsAgain() throws Exception {
        var interceptor = interceptorsOf("requests").stream().filter(ProjectionCommits.class::isInstance)
                .map(ProjectionCommits.class::cast).findFirst().orElseThrow();
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        unitOfWork.attachTransaction(axonTransactions);

        Object inside = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork,
                () -> jdbc.queryForObject("show synchronous_commit", String.class))).getPayload();

        String after = transactions.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));
        assertThat(inside).isEqualTo("off");
        assertThat(after).isEqualTo("on");
    }

    private java.util.List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptorsOf(String group) {
        return processing.eventProcessor(group, AbstractEventProcessor.class).orElseThrow().getHandlerInterceptors();
    }
}
