package cz.css.ledger.benchmark;

import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.InternalNoteAddedEvent;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.api.SupportingDocumentsPreparedEvent;
import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.Workload;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the store fast for the query and replay figures: the workload's lifecycles written as the
 * events the aggregate would record (through the ledger's own storage engine, so payloads are
 * serialized and personal data encrypted as in production), spread over the last year, without
 * running the command handlers; the satisfaction survey of a closed request offered and answered
 * where the plan has an answer. Registration numbers continue the counters of each year.
 */
final class BulkLoader {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    private final EventStorageEngine engine;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final Map<Integer, Long> lastNumbers = new HashMap<>();

    BulkLoader(EventStorageEngine engine, TransactionManager transactions, JdbcTemplate jdbc) {
        this.engine = engine;
        this.transactions = transactions;
        this.jdbc = jdbc;
        jdbc.query("select registration_year, last_number from registration_counter",
                row -> { lastNumbers.put(row.getInt(1), row.getLong(2)); });
    }

    /** Appends the lifecycles of {@code requests} new requests; answers the number of events written. */
    long load(int requests, int requestsPerTransaction, Random random, Report report) {
        long events = 0;
        long started = System.nanoTime();
        long lastNote = started;
        for (int done = 0; done < requests; done += requestsPerTransaction) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(requestsPerTransaction, requests - done); i++) {
                batch.addAll(lifecycle(Workload.plan(random, null), random));
            }
            transactions.executeInTransaction(() -> engine.appendEvents(batch));
            events += batch.size();
            if (System.nanoTime() - lastNote > Duration.ofSeconds(30).toNanos()) {
                lastNote = System.nanoTime();
                report.note("  ... filled %,d of %,d requests (%,d events, %,.0f events/s)", done, requests, events,
                        events / ((lastNote - started) / 1e9));
            }
        }
        lastNumbers.forEach((year, last) -> jdbc.update("insert into registration_counter (registration_year,"
                + " last_number) values (?, ?) on conflict (registration_year) do update set last_number ="
                + " greatest(registration_counter.last_number, excluded.last_number)", year, last));
        return events;
    }

    private List<DomainEventMessage<?>> lifecycle(Workload.Plan plan, Random random) {
        Instant at = Instant.now().minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60) + 60 * 24 * 7));
        var input = new HashMap<>(plan.registration());
        input.put("receivedAt", at.toString());
        RegisterRequestCommand registration = Mutations.registration(input, "bulk.loader");
        String id = registration.requestId();
        int year = LocalDate.ofInstant(at, PRAGUE).getYear();
        long number = lastNumbers.merge(year, 1L, Long::sum);
        List<Object> events = new ArrayList<>();
        events.add(new RequestRegisteredEvent(id, "CSS-%d-%06d".formatted(year, number), registration.municipality(),
                registration.agenda(), registration.kind(), registration.channel(), registration.subject(),
                registration.description(), registration.urgency(), registration.citizen(), "bulk.loader", at,
                LocalDate.ofInstant(at, PRAGUE).plusDays(registration.kind().statutoryDays())));
        String assignee = null;
        for (Workload.Step step : plan.steps()) {
            Map<String, Object> in = step.input();
            Object event = switch (step.mutation()) {
                case "assignRequest" -> new RequestAssignedEvent(id, text(in, "assignee"), assignee);
                case "addInternalNote" -> new InternalNoteAddedEvent(id, text(in, "note"));
                case "resolveByCss" -> new RequestResolvedByCssEvent(id, text(in, "resolution"));
                case "informMayor" -> new MayorInformedEvent(id, registration.municipality(), text(in, "mayorName"),
                        MayorContactMethod.valueOf(text(in, "method")), at, text(in, "message"));
                case "routeToMunicipality" -> new RequestRoutedToMunicipalityEvent(id, registration.municipality(),
                        text(in, "recipient"), text(in, "reason"));
                case "prepareSupportingDocuments" -> new SupportingDocumentsPreparedEvent(id, text(in, "documents"));
                case "recordMunicipalityResolution" -> new MunicipalityResolvedRequestEvent(id, text(in, "outcome"));
                case "recordReturnToCss" -> new RequestReturnedToCssEvent(id, text(in, "reason"));
                case "notifyCitizen" -> new CitizenNotifiedEvent(id, NotificationChannel.valueOf(text(in, "channel")),
                        text(in, "message"));
                case "closeRequest" -> new RequestClosedEvent(id, CloseOutcome.valueOf(text(in, "outcome")),
                        text(in, "summary"));
                case "reopenRequest" -> new RequestReopenedEvent(id, text(in, "reason"), RequestStatus.CLOSED);
                case "withdrawRequest" -> new RequestWithdrawnEvent(id, text(in, "reason"));
                case "declineRequest" -> new RequestDeclinedEvent(id, registration.agenda(), text(in, "referralAdvice"));
                default -> throw new IllegalArgumentException(step.mutation());
            };
            if (event instanceof RequestAssignedEvent assigned) {
                if (assigned.assignee().equals(assignee)) {
                    continue;
                }
                assignee = assigned.assignee();
            }
            events.add(event);
        }
        List<Instant> times = new ArrayList<>();
        for (int sequence = 0; sequence < events.size() + 2; sequence++) {
            times.add(at.plus(Duration.ofMinutes(sequence * (30L + random.nextInt(2_000)))));
        }
        if (plan.survey() != null) {
            answerSurvey(id, plan.survey(), times.get(events.size()), times.get(events.size() + 1), events, random);
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("CitizenRequest", id, sequence, events.get(sequence),
                    Map.of("actor", "bulk.loader", "actorRole", "STAFF", "correlationId", UUID.randomUUID().toString()),
                    UUID.randomUUID().toString(), times.get(sequence)));
        }
        return messages;
    }

    /** The survey offered after the closing, and the citizen's answer: by the one-time code or by phone. */
    private static void answerSurvey(String requestId, Workload.SurveyAnswer answer, Instant offeredAt,
            Instant answeredAt, List<Object> events, Random random) {
        String surveyId = UUID.randomUUID().toString();
        events.add(new SatisfactionSurveyOfferedEvent(requestId, surveyId, NotificationChannel.EMAIL, offeredAt,
                offeredAt.plus(Duration.ofDays(30))));
        events.add(new SatisfactionRecordedEvent(requestId, surveyId, answer.score(),
                ResolvedAnswer.valueOf(answer.resolved()), null,
                random.nextBoolean() ? SurveyRespondent.CITIZEN_WITH_TOKEN : SurveyRespondent.STAFF_BY_PHONE,
                answeredAt));
    }

    private static String text(Map<String, Object> input, String key) {
        return (String) input.get(key);
    }

}
