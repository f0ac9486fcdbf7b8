package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.junit.jupiter.api.Test;

/** A unit of work that runs past its limit is interrupted and fails; one within it is left alone. */
class UnitOfWorkTimeoutsTest {
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();

    UnitOfWorkTimeoutsTest() {
        bus.registerHandlerInterceptor(new UnitOfWorkTimeouts(Duration.ofMillis(300), Duration.ofMillis(100))
                .of("CommandBus"));
    }

    @Test
    void aCommandRunningPastTheLimitIsInterruptedAndFails() throws Exception {
        bus.subscribe("slow", command -> {
            Thread.sleep(10_000);
            return "too late";
        });

        long started = System.nanoTime();
        CommandResultMessage<?> result = dispatch("slow");

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(AxonTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aCommandWithinTheLimitAnswers() throws Exception {
        bus.subscribe("quick", command -> "done");

        CommandResultMessage<?> result = dispatch("quick");

        assertThat(result.isExceptional()).isFalse();
        assertThat(result.getPayload()).isEqualTo("done");
    }

    @Test
    void theWarningMustComeBeforeTheLimit() {
        assertThatThrownBy(() -> new UnitOfWorkTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the limit");
    }

    private CommandResultMessage<?> dispatch(String name) throws Exception {
        var result = new CompletableFuture<CommandResultMessage<?>>();
        bus.dispatch(new GenericCommandMessage<>(new org.axonframework.messaging.GenericMessage<>("payload"), name),
                (command, answer) -> result.complete(answer));
        return result.get(10, TimeUnit.SECONDS);
    }
}
