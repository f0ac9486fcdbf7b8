package cz.css.ledger.graphql;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AnswerSatisfactionSurveyCommand;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.api.SurveyInvitation;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.api.WithdrawRequestCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Requests with a known history, written through the command bus as the CSS would, each step at a
 * chosen instant: the instant is both the business time the command carries and the event's
 * timestamp (Axon's event clock is set for that one command).
 */
final class KnownRequests {
    private static final MetaData CLERK = MetaData.with("actor", "jana.novakova").and("actorRole", "STAFF");

    private final CommandGateway commands;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();

    KnownRequests(CommandGateway commands) {
        this.commands = commands;
    }

    String id(String name) {
        return ids.get(name);
    }

    KnownRequests register(String name, String municipality, String receivedAt, String agenda, RequestKind kind,
            Channel channel) {
        String id = UUID.randomUUID().toString();
        ids.put(name, id);
        at(receivedAt, new RegisterRequestCommand(id, null, MunicipalityCode.of(municipality), AgendaCode.of(agenda),
                kind, channel, "Statistika " + name, PersonalText.of("Podnět " + name), Urgency.NORMAL,
                new CitizenContact("Občan " + name, null, null, null), "jana.novakova", Instant.parse(receivedAt)));
        return this;
    }

    KnownRequests resolveByCss(String name, String at) {
        at(at, new ResolveByCssCommand(id(name), "Vyřízeno CSS"));
        return this;
    }

    KnownRequests informMayor(String name, String informedAt) {
        at(informedAt, new InformMayorCommand(id(name), "Milan Buček", MayorContactMethod.EMAIL,
                Instant.parse(informedAt), "Starosta informován"));
        return this;
    }

    KnownRequests route(String name, String at) {
        at(at, new RouteToMunicipalityCommand(id(name), "Odbor správy majetku", "Spravuje obec"));
        return this;
    }

    KnownRequests municipalityResolves(String name, String at) {
        at(at, new RecordMunicipalityResolutionCommand(id(name), "Obec vyřídila"));
        return this;
    }

    KnownRequests close(String name, String at) {
        at(at, new CloseRequestCommand(id(name), CloseOutcome.RESOLVED, null));
        return this;
    }

    KnownRequests withdraw(String name, String at) {
        at(at, new WithdrawRequestCommand(id(name), "Občan vzal zpět"));
        return this;
    }

    KnownRequests offerSurvey(String name, String offeredAt) {
        SurveyInvitation invitation = at(offeredAt, new OfferSatisfactionSurveyCommand(id(name),
                UUID.randomUUID().toString(), NotificationChannel.EMAIL, Instant.parse(offeredAt)));
        codes.put(name, invitation.token());
        return this;
    }

    KnownRequests answerWithCode(String name, String answeredAt, int score, ResolvedAnswer resolved) {
        at(answeredAt, new AnswerSatisfactionSurveyCommand(codes.get(name),
                SatisfactionAnswer.of(score, resolved, "Komentář " + name), Instant.parse(answeredAt)));
        return this;
    }

    KnownRequests answerByPhone(String name, String answeredAt, int score, ResolvedAnswer resolved) {
        at(answeredAt, new RecordSatisfactionByPhoneCommand(id(name), SatisfactionAnswer.of(score, resolved, null),
                Instant.parse(answeredAt)));
        return this;
    }

    private <R> R at(String instant, Object command) {
        Clock original = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        try {
            return commands.<R>send(command, CLERK).join();
        } finally {
            GenericEventMessage.clock = original;
        }
    }

    /**
     * Waits until every segment of the processor has handled every event stored so far. (A segment may
     * still say it is replaying when the reset position is the head: it leaves the replay only with the
     * next event past it; the figures are complete either way.)
     */
    static void awaitCaughtUp(EventProcessingConfiguration processing, EventStore events, String processorName) {
        var processor = processing.eventProcessor(processorName, StreamingEventProcessor.class).orElseThrow();
        long head = events.createHeadToken().position().orElse(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!caughtUp(processor, head)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Processor " + processorName + " did not reach position " + head
                        + ": " + processor.processingStatus());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        return processor.isRunning() && !statuses.isEmpty() && statuses.stream().allMatch(status ->
                !status.isErrorState() && status.isCaughtUp() && status.getCurrentPosition().orElse(-1) >= head);
    }

    /**
     * Replays the processor from the first event: stop, reset its tokens (its reset handler empties its
     * tables), run {@code whileReset}, start, wait until it has caught up again.
     */
    static void replay(EventProcessingConfiguration processing, EventStore events, String processorName,
            Runnable whileReset) {
        var processor = processing.eventProcessor(processorName, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        whileReset.run();
        processor.start();
        awaitCaughtUp(processing, events, processorName);
    }
}
