package cz.css.ledger.request;

import cz.css.ledger.api.RegisterRequestCommand;
import java.time.Clock;
import java.time.Year;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a request: gives it the next registration number of the year and honours the client's
 * idempotency key. Runs in the command's transaction, so a number is used only if the request's
 * first event is stored with it: numbers stay unique and gap-free per year.
 */
@Component
class RequestRegistrar {
    private final Repository<CitizenRequest> requests;
    private final RegistrationCounters counters;
    private final RegistrationIdempotencyKeys idempotencyKeys;
    private final Clock clock;

    RequestRegistrar(Repository<CitizenRequest> requests, RegistrationCounters counters,
            RegistrationIdempotencyKeys idempotencyKeys, Clock clock) {
        this.requests = requests;
        this.counters = counters;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** Returns the id of the registered request: the new one, or the one first registered under the same key. */
    @CommandHandler
    public String handle(RegisterRequestCommand command) throws Exception {
        int year = Year.now(clock.withZone(RespondByPolicy.PRAGUE)).getValue();
        // The year's counter row is locked first: registrations of a year are serialized, so a
        // retried key always sees the registration that won.
        RegistrationCounter counter = counters.lockYear(year).orElseGet(() -> {
            counters.createYearIfMissing(year); // the year's first registration (or one racing it)
            return counters.lockYear(year).orElseThrow();
        });
        if (command.idempotencyKey() != null) {
            var earlier = idempotencyKeys.findById(command.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get().requestId();
            }
            idempotencyKeys.save(new RegistrationIdempotencyKey(command.idempotencyKey(), command.requestId()));
        }
        String number = counter.next();
        requests.newInstance(() -> new CitizenRequest(command, number));
        return command.requestId();
    }
}
