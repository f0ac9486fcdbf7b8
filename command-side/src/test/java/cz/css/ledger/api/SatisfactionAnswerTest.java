package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SatisfactionAnswerTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void acceptsScoresFromOneToFive(int score) {
        assertThat(SatisfactionAnswer.of(score, ResolvedAnswer.PARTLY, null).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10, Integer.MAX_VALUE})
    void refusesScoresOutOfRangeAsBadInput(int score) {
        assertThatThrownBy(() -> SatisfactionAnswer.of(score, ResolvedAnswer.YES, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 1 (very dissatisfied) to 5 (very satisfied)")
                .hasMessageContaining(score + " is out of range")
                .extracting(refused -> ((LedgerException) refused).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }

    @Test
    void needsTheOutcomeAnswer() {
        assertThatThrownBy(() -> SatisfactionAnswer.of(3, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("whether the matter was resolved");
    }

    @Test
    void blankCommentMeansNone() {
        assertThat(SatisfactionAnswer.of(4, ResolvedAnswer.DONT_KNOW, "   ").comment()).isNull();
    }

    @Test
    void keepsTheCommentAsPersonalTextTrimmed() {
        assertThat(SatisfactionAnswer.of(2, ResolvedAnswer.NO, "  Nikdo se neozval. ").comment())
                .isEqualTo(PersonalText.of("Nikdo se neozval."));
    }

    @Test
    void refusesOverlongComment() {
        assertThatThrownBy(() -> SatisfactionAnswer.of(2, ResolvedAnswer.NO, "x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 2000");
    }

    @Test
    void answerCommandNeedsTheCode() {
        var answer = SatisfactionAnswer.of(5, ResolvedAnswer.YES, null);
        assertThatThrownBy(() -> new AnswerSatisfactionSurveyCommand(" ", answer, Instant.now()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("survey code");
    }

    @Test
    void answerCommandDoesNotShowTheCodeInItsText() {
        var command = new AnswerSatisfactionSurveyCommand("secret-code-123", SatisfactionAnswer.of(5,
                ResolvedAnswer.YES, null), Instant.parse("2026-03-12T08:00:00Z"));
        assertThat(command.toString()).doesNotContain("secret-code-123");
    }

    @Test
    void offerNeedsSurveyIdThatIsUuid() {
        assertThatThrownBy(() -> new OfferSatisfactionSurveyCommand("3f2b8c1e-5d4a-4b6f-9a7e-0c1d2e3f4a5b",
                "survey-1", NotificationChannel.EMAIL, Instant.now()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a UUID");
    }
}
