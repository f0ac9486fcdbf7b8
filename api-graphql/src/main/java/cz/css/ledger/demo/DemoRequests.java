package cz.css.ledger.demo;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AnswerSatisfactionSurveyCommand;
import cz.css.ledger.api.AssignRequestCommand;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.DeclineRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.NotifyCitizenCommand;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.PrepareSupportingDocumentsCommand;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordReturnToCssCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.api.SurveyInvitation;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.api.WithdrawRequestCommand;
import cz.css.ledger.query.api.FindQueueQuery;
import cz.css.ledger.query.api.QueueCounting;
import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.QueuePage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With ledger.demo.requests=true (profile demo), fills an empty ledger with requests in every state. */
@Component
@ConditionalOnProperty(name = "ledger.demo.requests", havingValue = "true")
class DemoRequests {
    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);
    private static final MetaData STAFF = MetaData.from(Map.of("actor", "jana.novakova", "actorRole", "STAFF"));
    private static final MetaData CITIZEN = MetaData.from(Map.of("actor", "citizen", "actorRole", "CITIZEN_SURVEY"));

    record Template(String municipality, String agenda, RequestKind kind, Channel channel, Urgency urgency,
            String subject, String description, String citizenName, String email, String phone) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("583120", "PORUCHY", RequestKind.FAULT_OR_EMERGENCY, Channel.PHONE, Urgency.HIGH,
                    "Nesvítí veřejné osvětlení v ulici Na Brněnce",
                    "Od pondělí nesvítí tři lampy před domem č. 12, večer je ulice úplně tmavá.",
                    "Petra Svobodová", null, "+420 603 111 222"),
            new Template("583588", "PORUCHY", RequestKind.FAULT_OR_EMERGENCY, Channel.IN_PERSON, Urgency.EMERGENCY,
                    "Prasklé vodovodní potrubí u školy", "Před základní školou vytéká voda na chodník, hrozí náledí.",
                    "Tomáš Dvořák", null, "+420 777 222 333"),
            new Template("582956", "DOTACE", RequestKind.REQUEST, Channel.EMAIL, Urgency.NORMAL,
                    "Dotace na výměnu kotle", "Prosím o radu, zda mohu žádat o kotlíkovou dotaci a do kdy.",
                    "Jan Horák", "jan.horak@example.cz", null),
            new Template("582832", "PORADENSTVI", RequestKind.INFORMATION_REQUEST, Channel.WEB_FORM, Urgency.NORMAL,
                    "Kde si vyřídím nový občanský průkaz", "Potřebuji nový občanský průkaz, kam mám jít a co s sebou?",
                    "Marie Černá", "marie.cerna@example.cz", null),
            new Template("582930", "ROZVOJ", RequestKind.SUGGESTION, Channel.LETTER, Urgency.LOW,
                    "Návrh cyklostezky do Ivančic", "Navrhuji propojit obec s Ivančicemi cyklostezkou podél řeky.",
                    "Karel Procházka", null, null),
            new Template("583022", "ZADOSTI", RequestKind.REQUEST, Channel.IN_PERSON, Urgency.NORMAL,
                    "Pomoc s žádostí o příspěvek na péči", "Potřebuji pomoci vyplnit žádost o příspěvek na péči pro maminku.",
                    "Eva Kučerová", null, "+420 605 444 555"),
            new Template("583201", "AKCE", RequestKind.REQUEST, Channel.EMAIL, Urgency.LOW,
                    "Propagace hodů v Ketkovicích", "Prosíme o zveřejnění pozvánky na tradiční hody v září.",
                    "Spolek Ketkovice", "spolek@example.cz", null),
            new Template("583375", "TURISMUS", RequestKind.INFORMATION_REQUEST, Channel.PHONE, Urgency.LOW,
                    "Turistické trasy v okolí", "Jaké značené trasy vedou z Mělčan a kde je mapa?",
                    null, null, "+420 731 666 777"),
            new Template("583421", "PRACE", RequestKind.REQUEST, Channel.DATA_BOX, Urgency.NORMAL,
                    "Zveřejnění volného místa účetní", "Obec hledá účetní na zkrácený úvazek, prosíme o zveřejnění.",
                    "Obecní úřad Moravské Bránice", "podatelna@example.cz", null),
            new Template("583481", "PORUCHY", RequestKind.COMPLAINT, Channel.LETTER, Urgency.NORMAL,
                    "Stížnost na nevyvezený odpad", "Popelnice v ulici Polní nebyly vyvezeny již třetí týden.",
                    "Josef Pokorný", null, null),
            new Template("583502", "ZAKAZKY", RequestKind.REQUEST, Channel.EMAIL, Urgency.NORMAL,
                    "Zakázka na opravu chodníku", "Obec potřebuje poradit s výběrem zhotovitele opravy chodníku.",
                    "Ludmila Pokorná", "starostka@example.cz", null),
            new Template("583511", "ROZVOJ", RequestKind.SUGGESTION, Channel.WEB_FORM, Urgency.LOW,
                    "Dětské hřiště u rybníka", "Navrhuji vybudovat dětské hřiště u rybníka, rodiny s dětmi by ho využily.",
                    "Lenka Marková", "lenka.markova@example.cz", null));

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    DemoRequests(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void fillEmptyQueue() {
        var page = queries.query(new FindQueueQuery(QueueFilter.none(), 1, null, QueueCounting.NONE), QueuePage.class)
                .join();
        if (!page.items().isEmpty()) {
            return;
        }
        int count = 36;
        for (int i = 0; i < count; i++) {
            walk(i, TEMPLATES.get(i % TEMPLATES.size()));
        }
        log.info("Loaded {} demo requests in every state", count);
    }

    private void walk(int index, Template t) {
        String id = UUID.randomUUID().toString();
        Instant receivedAt = clock.instant().minus(Duration.ofHours(6L * (36 - index)));
        CitizenContact citizen = t.citizenName() == null && t.email() == null && t.phone() == null ? null
                : new CitizenContact(t.citizenName(), t.email(), t.phone(), null);
        send(new RegisterRequestCommand(id, "demo-" + index, MunicipalityCode.of(t.municipality()),
                AgendaCode.of(t.agenda()), t.kind(), t.channel(), t.subject(), PersonalText.of(t.description()),
                t.urgency(), citizen, "jana.novakova", receivedAt));
        int path = index % 9;
        if (path == 0) {
            return;
        }
        send(new AssignRequestCommand(id, index % 2 == 0 ? "jana.novakova" : "petr.maly"));
        if (!IvancickoCatalogue.agrees(t.municipality(), t.agenda()) && path != 7) {
            send(new DeclineRequestCommand(id, "Obec tuto agendu s CSS nesjednala; obraťte se přímo na obecní úřad."));
            if (path % 2 == 0) {
                send(new CloseRequestCommand(id, CloseOutcome.NOT_COMPETENT, "Mimo sjednané agendy."));
            }
            return;
        }
        switch (path) {
            case 1 -> send(new ResolveByCssCommand(id, "Vysvětleno a předány kontakty."));
            case 2, 3 -> {
                send(new ResolveByCssCommand(id, "Vyřízeno přímo v CSS."));
                send(new InformMayorCommand(id, "starosta", MayorContactMethod.EMAIL, clock.instant(),
                        "CSS vyřídilo podnět občana."));
                if (path == 3) {
                    send(new NotifyCitizenCommand(id, NotificationChannel.PHONE, "Vaše žádost byla vyřízena."));
                    send(new CloseRequestCommand(id, CloseOutcome.RESOLVED, "Vyřízeno CSS, starosta informován."));
                    survey(id, index);
                }
            }
            case 4, 5, 6 -> {
                send(new RouteToMunicipalityCommand(id, "Obecní úřad, podatelna", "Řeší obec ve své působnosti."));
                send(new PrepareSupportingDocumentsCommand(id, "Fotodokumentace a popis místa."));
                if (path == 5) {
                    send(new RecordMunicipalityResolutionCommand(id, "Obec závadu odstranila."));
                } else if (path == 6) {
                    send(new RecordReturnToCssCommand(id, "Obec není vlastníkem dotčeného pozemku."));
                }
            }
            case 7 -> send(new WithdrawRequestCommand(id, "Občan problém vyřešil sám."));
            default -> {
                send(new RouteToMunicipalityCommand(id, "Starosta obce", "Podnět pro zastupitelstvo."));
                send(new RecordMunicipalityResolutionCommand(id, "Zastupitelstvo podnět projedná."));
                send(new CloseRequestCommand(id, CloseOutcome.PARTLY_RESOLVED, "Podnět předán zastupitelstvu."));
                survey(id, index);
            }
        }
    }

    /** A closed request is offered the satisfaction survey; a third answer with the code, a third by phone. */
    private void survey(String id, int index) {
        SurveyInvitation invitation = commands.sendAndWait(new OfferSatisfactionSurveyCommand(id,
                UUID.randomUUID().toString(), NotificationChannel.EMAIL, clock.instant()), STAFF);
        var answer = SatisfactionAnswer.of(2 + index % 4, index % 3 == 0 ? ResolvedAnswer.PARTLY : ResolvedAnswer.YES,
                null);
        switch (index % 3) {
            case 0 -> commands.sendAndWait(new AnswerSatisfactionSurveyCommand(invitation.token(), answer,
                    clock.instant()), CITIZEN);
            case 1 -> send(new RecordSatisfactionByPhoneCommand(id, answer, clock.instant()));
            default -> {
                // not answered yet
            }
        }
    }

    private void send(Object command) {
        commands.sendAndWait(command, STAFF);
    }

}
