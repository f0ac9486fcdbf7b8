package cz.css.ledger.request;

import cz.css.ledger.api.AnswerSatisfactionSurveyCommand;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.SurveyInvitation;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.api.UnknownEntityException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Offers the satisfaction survey of a closed request and issues its one-time code; accepts the
 * citizen's answer given with that code, once. The request decides (closed, offered, not answered,
 * not late); this class keeps the codes, in the command's transaction, so a code exists only if its
 * offer was stored, and is marked used only if its answer was.
 */
@Component
class SatisfactionSurveys {
    private final Repository<CitizenRequest> requests;
    private final SurveyTokens tokens;
    private final Duration answerWindow;
    private final Supplier<String> codes;

    @Autowired
    SatisfactionSurveys(Repository<CitizenRequest> requests, SurveyTokens tokens,
            @Value("${ledger.satisfaction.answer-days:30}") int answerDays) {
        this(requests, tokens, answerDays, SurveyCodes.random());
    }

    SatisfactionSurveys(Repository<CitizenRequest> requests, SurveyTokens tokens, int answerDays,
            Supplier<String> codes) {
        if (answerDays < 1) {
            throw new IllegalArgumentException("ledger.satisfaction.answer-days must be at least 1, not " + answerDays);
        }
        this.requests = requests;
        this.tokens = tokens;
        this.answerWindow = Duration.ofDays(answerDays);
        this.codes = codes;
    }

    @CommandHandler
    public SurveyInvitation handle(OfferSatisfactionSurveyCommand command) {
        Instant answerBy = command.offeredAt().plus(answerWindow);
        long version = requests.load(command.requestId()).invoke(request -> request.offerSurvey(command.surveyId(),
                command.channel(), command.offeredAt(), answerBy));
        String code = codes.get();
        tokens.save(new SurveyToken(SurveyCodes.hash(code), command.requestId(), command.surveyId(),
                command.offeredAt()));
        return new SurveyInvitation(command.requestId(), command.surveyId(), code, answerBy, version);
    }

    /** Answers the version of the request after the answer. */
    @CommandHandler
    public long handle(AnswerSatisfactionSurveyCommand command) {
        SurveyToken token = tokens.lockByHash(SurveyCodes.hash(command.token()))
                .orElseThrow(() -> new UnknownEntityException("No satisfaction survey has this code; check that it "
                        + "was copied whole"));
        if (token.isUsed()) {
            throw new SurveyCodeUsedException();
        }
        long version = requests.load(token.requestId()).invoke(request -> request.answerSurvey(token.surveyId(),
                command.answer(), SurveyRespondent.CITIZEN_WITH_TOKEN, command.answeredAt()));
        token.use(command.answeredAt());
        tokens.save(token);
        return version;
    }
}
