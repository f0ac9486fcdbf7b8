package cz.css.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.ReopenRequestCommand;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.reliability.Race.Outcome;
import cz.css.ledger.workload.LifecycleRules;
import cz.css.ledger.workload.LifecycleRules.StoredEvent;
import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.Workload;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 64 threads send conflicting commands to the same requests at the same instant. Every request's
 * stored history stays contiguous and follows the state diagram, at most one of two conflicting
 * transitions wins, no event is lost or duplicated, and every refused command is a CONFLICT.
 */
class ConflictingCommandsIntegrationTests extends TokenSignedIntegrationTest {
    private static final int RACERS = 64;
    private static final String STAFF = "zavodni.test";

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBus commandBus;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username}")
    String databaseUser;
    @Value("${spring.datasource.password}")
    String databasePassword;

    private final Random random = new Random(64);

    @Test
    void resolveAndRouteRacingForTheSameRequestsLetExactlyOneWinAndEveryNoteLands() throws Exception {
        List<String> requests = registered(16);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String id = requests.get(i % 16);
            Object command = switch (i / 16) {
                case 0, 1 -> new ResolveByCssCommand(id, "Vyřízeno, závodník " + i);
                case 2 -> new RouteToMunicipalityCommand(id, "Odbor dopravy", "Závodník " + i);
                default -> new AddInternalNoteCommand(id, "Poznámka závodníka " + i);
            };
            racers.add(() -> send(command));
        }
        List<Outcome<Object>> outcomes = Race.run(racers);

        for (int request = 0; request < 16; request++) {
            int r = request;
            String id = requests.get(r);
            var transitions = of(outcomes, i -> i % 16 == r && i / 16 < 3);
            var winners = transitions.stream().filter(Outcome::won).toList();
            assertThat(winners).as("resolve/route winners of %s", id).hasSize(1);
            assertThat(transitions).filteredOn(o -> !o.won()).allMatch(Outcome::refusedAsConflict);
            assertThat(of(outcomes, i -> i % 16 == r && i / 16 == 3)).allMatch(Outcome::won);

            var events = storedEvents(id);
            assertThat(events).hasSize(3);
            RequestStatus status = LifecycleRules.replay(id, events);
            boolean routed = winners.get(0).racer() / 16 == 2;
            assertThat(status).isEqualTo(routed ? RequestStatus.ROUTED_TO_MUNICIPALITY : RequestStatus.RESOLVED_BY_CSS);
        }
        assertProjectionConverges(requests);
    }

    @Test
    void closeAndReopenRacingForTheSameRequestsCloseOnceAndReopenOnlyAfterTheClose() throws Exception {
        List<String> requests = registered(16);
        for (String id : requests) {
            send(new ResolveByCssCommand(id, "Vyřízeno"));
            send(new InformMayorCommand(id, "Milan Buček", MayorContactMethod.EMAIL, Instant.now(), "Pro informaci"));
        }
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String id = requests.get(i % 16);
            Object command = (i / 16) % 2 == 0 ? new CloseRequestCommand(id, CloseOutcome.RESOLVED, "Závodník " + i)
                    : new ReopenRequestCommand(id, "Závodník " + i);
            racers.add(() -> send(command));
        }
        List<Outcome<Object>> outcomes = Race.run(racers);

        for (int request = 0; request < 16; request++) {
            int r = request;
            String id = requests.get(r);
            var closes = of(outcomes, i -> i % 16 == r && (i / 16) % 2 == 0);
            var reopens = of(outcomes, i -> i % 16 == r && (i / 16) % 2 == 1);
            long closed = closes.stream().filter(Outcome::won).count();
            long reopened = reopens.stream().filter(Outcome::won).count();
            assertThat(closed).as("closes of %s", id).isEqualTo(1);
            assertThat(reopened).as("reopens of %s", id).isLessThanOrEqualTo(1);
            assertThat(closes).filteredOn(o -> !o.won()).allMatch(Outcome::refusedAsConflict);
            assertThat(reopens).filteredOn(o -> !o.won()).allMatch(Outcome::refusedAsConflict);

            var events = storedEvents(id);
            assertThat(events).hasSize(4 + (int) reopened);
            assertThat(events.get(3).type()).isEqualTo("RequestClosedEvent");
            RequestStatus status = LifecycleRules.replay(id, events);
            assertThat(status).isEqualTo(reopened == 1 ? RequestStatus.RECEIVED : RequestStatus.CLOSED);
        }
        assertProjectionConverges(requests);
    }

    @Test
    void registrationsRacingWithTheSameIdempotencyKeyRegisterEachRequestOnce() throws Exception {
        String keys = "race-" + UUID.randomUUID();
        List<RegisterRequestCommand> registrations = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            registrations.add(Mutations.registration(Workload.registration(random, keys + "-" + i % 8, false), STAFF));
        }
        List<Outcome<Object>> outcomes = Race.run(registrations.stream().<Callable<Object>>map(c -> () -> send(c))
                .toList());

        assertThat(outcomes).allMatch(Outcome::won);
        Map<String, Set<Object>> idsByKey = new HashMap<>();
        outcomes.forEach(o -> idsByKey.computeIfAbsent(registrations.get(o.racer()).idempotencyKey(),
                k -> ConcurrentHashMap.newKeySet()).add(o.result()));
        assertThat(idsByKey).hasSize(8).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
        List<String> registered = idsByKey.values().stream().map(ids -> (String) ids.iterator().next()).toList();
        for (RegisterRequestCommand command : registrations) {
            int stored = storedEvents(command.requestId()).size();
            assertThat(stored).isEqualTo(registered.contains(command.requestId()) ? 1 : 0);
        }
        assertThat(jdbc.queryForObject("select count(*) from registration_idempotency_key where idempotency_key like ?",
                Integer.class, keys + "-%")).isEqualTo(8);
        assertThat(registered.stream().map(this::registrationNumber).distinct()).hasSize(8);
        assertProjectionConverges(registered);
    }

    @Test
    void overGraphQlEveryRefusedMutationIsAConflictAndRetriedRegistrationsAnswerTheFirst() throws Exception {
        RawGraphQl graphQl = staff();
        String keys = "race-http-" + UUID.randomUUID();
        List<Callable<RawGraphQl.Response>> registrations = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            var input = Workload.registration(random, keys + "-" + i % 8, false);
            input.put("municipalityCode", "583120");
            input.put("agendaCode", "PORUCHY");
            registrations.add(() -> graphQl.execute(Mutations.document("registerRequest"), Map.of("input", input)));
        }
        var registered = Race.run(registrations);
        assertThat(registered).allMatch(o -> o.won() && o.result().succeeded());
        Map<Integer, Set<String>> idsByKey = new HashMap<>();
        registered.forEach(o -> idsByKey.computeIfAbsent(o.racer() % 8, k -> ConcurrentHashMap.newKeySet())
                .add(o.result().data("registerRequest.request.id").asString()));
        assertThat(idsByKey.values()).hasSize(8).allMatch(ids -> ids.size() == 1);
        List<String> requests = idsByKey.values().stream().map(ids -> ids.iterator().next()).toList();

        List<Callable<RawGraphQl.Response>> transitions = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String id = requests.get(i % 8);
            var step = (i / 8) % 2 == 0 ? new Workload.Step("resolveByCss", Map.of("resolution", "Vyřízeno " + i))
                    : new Workload.Step("routeToMunicipality", Map.of("recipient", "Obec", "reason", "Závodník " + i));
            transitions.add(() -> graphQl.execute(Mutations.document(step.mutation()), Mutations.variables(id, step)));
        }
        var raced = Race.run(transitions);
        assertThat(raced).allMatch(o -> o.won() && o.result().status() == 200);
        for (int r = 0; r < 8; r++) {
            int request = r;
            var mine = raced.stream().filter(o -> o.racer() % 8 == request).map(Outcome::result).toList();
            assertThat(mine).filteredOn(RawGraphQl.Response::succeeded).hasSize(1);
            assertThat(mine).filteredOn(response -> !response.succeeded()).allSatisfy(response -> {
                assertThat(response.errorClassification()).isEqualTo("CONFLICT");
                assertThat(response.body()).doesNotContain("Exception", "at cz.", "org.postgresql");
            });
            var events = storedEvents(requests.get(r));
            assertThat(events).hasSize(2);
            LifecycleRules.replay(requests.get(r), events);
        }
        assertProjectionConverges(requests);
    }

    @Test
    void aCommandThatLosesTheAppendRaceToAnotherWriterIsRetriedAndNothingIsLostOrDuplicated() throws Exception {
        List<String> requests = registered(8);
        for (String id : requests) {
            send(new AddInternalNoteCommand(id, "seed-note"));
        }
        Set<String> collidedOnce = ConcurrentHashMap.newKeySet();
        var collisions = new AtomicInteger();
        // every third note loses its first append to a writer outside this JVM (another instance)
        Registration writer = commandBus.registerHandlerInterceptor(anotherWriterAppendsFirst(
                note -> note.note().hashCode() % 3 == 0, collidedOnce, collisions));
        List<Outcome<Object>> outcomes;
        try {
            List<Callable<Object>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                var note = new AddInternalNoteCommand(requests.get(i % 8), "racer-note-" + i);
                racers.add(() -> send(note));
            }
            outcomes = Race.run(racers);
        } finally {
            writer.cancel();
        }

        assertThat(collisions).hasPositiveValue();
        assertThat(outcomes).allMatch(Outcome::won);
        for (Outcome<Object> outcome : outcomes) {
            String id = requests.get(outcome.racer() % 8);
            assertThat(sequencesOfNote(id, "racer-note-" + outcome.racer()))
                    .as("the note of racer %d, stored once at the version it answered", outcome.racer())
                    .containsExactly((Long) outcome.result());
        }
        int foreign = 0;
        for (String id : requests) {
            var events = storedEvents(id);
            LifecycleRules.replay(id, events);
            foreign += events.size() - 2 - RACERS / 8;
        }
        assertThat(foreign).isEqualTo(collisions.get());
        assertProjectionConverges(requests);
    }

    /**
     * The request is cached in this instance after its note; another writer then appends to it.
     * The next command, decided on the cached state, loses the append, is dropped from the cache
     * and retried on the history read afresh.
     */
    @Test
    void aCommandOnACachedRequestThatAnotherWriterChangedSinceLandsAfterTheOtherWritersEvent() throws Exception {
        String id = registered(1).get(0);
        assertThat(send(new AddInternalNoteCommand(id, "seed-note"))).isEqualTo(1L);
        appendForeignNote(id, "foreign-note-between-commands");

        assertThat(send(new AddInternalNoteCommand(id, "after the foreign note"))).isEqualTo(3L);
        assertThat(send(new AddInternalNoteCommand(id, "and the next"))).isEqualTo(4L);

        assertThat(sequencesOfNote(id, "foreign-note-between-commands")).containsExactly(2L);
        assertThat(sequencesOfNote(id, "after the foreign note")).containsExactly(3L);
        var events = storedEvents(id);
        assertThat(events).hasSize(5);
        LifecycleRules.replay(id, events);
        assertProjectionConverges(List.of(id));
    }

    /**
     * Every fifth event of a request triggers its snapshot (the tests' threshold). With 64 racers
     * on one request, the connections of the pool are all held by commands waiting for the
     * request's lock; a snapshot that needed a connection while its command still held that lock
     * stalled them all until the pool's timeout.
     */
    @Test
    void sixtyFourCommandsOnOneRequestAllLandWhileItsSnapshotsAreTaken() throws Exception {
        String id = registered(1).get(0);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            var note = new AddInternalNoteCommand(id, "snapshot-racer-" + i);
            racers.add(() -> commands.send(note, Mutations.actor(STAFF)).get(15, TimeUnit.SECONDS));
        }
        List<Outcome<Object>> outcomes = Race.run(racers);

        assertThat(outcomes).allMatch(Outcome::won);
        assertThat(outcomes.stream().map(Outcome::result).distinct()).hasSize(RACERS);
        var events = storedEvents(id);
        assertThat(events).hasSize(1 + RACERS);
        LifecycleRules.replay(id, events);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Integer.class, id) == 0) {
            assertThat(System.nanoTime()).as("a snapshot of %s stored", id).isLessThan(deadline);
            Thread.sleep(50);
        }
        assertProjectionConverges(List.of(id));
    }

    @Test
    void aCommandThatKeepsLosingTheAppendRaceIsRefusedAsAConflictAndLeavesNothingBehind() throws Exception {
        String id = registered(1).get(0);
        send(new AddInternalNoteCommand(id, "seed-note"));
        var collisions = new AtomicInteger();
        Registration writer = commandBus.registerHandlerInterceptor(anotherWriterAppendsFirst(
                note -> note.note().startsWith("always"), null, collisions));
        try {
            var plainGateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
            var withoutRetry = Race.run(List.<Callable<Object>>of(() -> plainGateway.send(
                    new AddInternalNoteCommand(id, "always loses"), Mutations.actor(STAFF)).get(60, TimeUnit.SECONDS)));
            assertThat(withoutRetry).singleElement().satisfies(o -> {
                assertThat(o.failure()).isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);
                assertThat(o.refusedAsConflict()).isTrue();
            });

            var overGraphQl = staff().execute(Mutations.document("addInternalNote"),
                    Mutations.variables(id, new Workload.Step("addInternalNote", Map.of("note", "always loses"))));
            assertThat(overGraphQl.status()).isEqualTo(200);
            assertThat(overGraphQl.errorClassification()).isEqualTo("CONFLICT");
            assertThat(overGraphQl.body()).doesNotContain("Exception", "at cz.", "org.postgresql", "SQL");
        } finally {
            writer.cancel();
        }
        assertThat(sequencesOfNote(id, "always loses")).isEmpty();
        var events = storedEvents(id);
        LifecycleRules.replay(id, events);
        assertThat(events).hasSize(2 + collisions.get());
        assertProjectionConverges(List.of(id));
    }

    /**
     * Before the command's events are appended, a writer outside this JVM appends the same
     * aggregate's next event (a copy of its seed note), so the command's append collides.
     */
    private MessageHandlerInterceptor<CommandMessage<?>> anotherWriterAppendsFirst(
            Predicate<AddInternalNoteCommand> victims, Set<String> onlyOnce, AtomicInteger collisions) {
        return (unitOfWork, chain) -> {
            CommandMessage<?> message = unitOfWork.getMessage();
            if (message.getPayload() instanceof AddInternalNoteCommand note && victims.test(note)
                    && (onlyOnce == null || onlyOnce.add(message.getIdentifier()))) {
                unitOfWork.onPrepareCommit(u -> {
                    appendForeignNote(note.requestId(), "foreign-note-" + collisions.incrementAndGet());
                });
            }
            return chain.proceed();
        };
    }

    private void appendForeignNote(String requestId, String text) {
        // its own connection, not one of the application's pool: a writer outside this JVM
        try (Connection connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword)) {
            try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry "
                    + "(global_index, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
                    + " aggregate_identifier, sequence_number, type) "
                    + "select nextval('domain_event_entry_seq'), ?, meta_data,"
                    + " convert_to(replace(convert_from(payload, 'UTF8'), 'seed-note', ?), 'UTF8'), payload_revision,"
                    + " payload_type, ?, aggregate_identifier,"
                    + " (select max(sequence_number) + 1 from domain_event_entry where aggregate_identifier = ?), type"
                    + " from domain_event_entry where aggregate_identifier = ? and payload_type like '%InternalNoteAddedEvent'"
                    + " and convert_from(payload, 'UTF8') like '%seed-note%' limit 1")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, text);
                insert.setString(3, Instant.now().toString());
                insert.setString(4, requestId);
                insert.setString(5, requestId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object send(Object command) throws Exception {
        return commands.send(command, Mutations.actor(STAFF)).get(60, TimeUnit.SECONDS);
    }

    private List<String> registered(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var input = Workload.registration(random, null, false);
            input.put("municipalityCode", "583120");
            input.put("agendaCode", "PORUCHY");
            ids.add((String) send(Mutations.registration(input, STAFF)));
        }
        return ids;
    }

    private static <T> List<Outcome<T>> of(List<Outcome<T>> outcomes, java.util.function.IntPredicate racers) {
        return outcomes.stream().filter(o -> racers.test(o.racer())).toList();
    }

    private List<StoredEvent> storedEvents(String requestId) {
        return jdbc.query("select sequence_number, payload_type from domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number, global_index",
                (row, i) -> StoredEvent.of(row.getLong(1), row.getString(2)), requestId);
    }

    private List<Long> sequencesOfNote(String requestId, String note) {
        return jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%InternalNoteAddedEvent'"
                + " and convert_from(payload, 'UTF8')::jsonb ->> 'note' = ?", Long.class, requestId, note);
    }

    private String registrationNumber(String requestId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8')::jsonb ->> 'registrationNumber'"
                + " from domain_event_entry where aggregate_identifier = ? and sequence_number = 0", String.class,
                requestId);
    }

    /** The read model reaches every request's last event, with one timeline entry per event and the replayed state. */
    private void assertProjectionConverges(List<String> requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String id : requests) {
            var events = storedEvents(id);
            String expectedStatus = LifecycleRules.replay(id, events).name();
            while (true) {
                var row = jdbc.queryForList("select status, version,"
                        + " (select count(*) from request_timeline_entry t where t.request_id = v.request_id) entries"
                        + " from request_view v where request_id = ?", id);
                boolean caughtUp = row.size() == 1 && ((Number) row.get(0).get("version")).longValue() == events.size() - 1
                        && ((Number) row.get(0).get("entries")).intValue() == events.size();
                if (caughtUp) {
                    assertThat(row.get(0).get("status")).as("status of %s in the read model", id).isEqualTo(expectedStatus);
                    break;
                }
                assertThat(System.nanoTime()).as("read model of %s caught up: %s", id, row).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }
}
