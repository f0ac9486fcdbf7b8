import { useState } from 'react';
import { format, useI18n } from '../i18n';
import { RadioGroup, TextArea, TextField } from '../ui/fields';
import { answerSurvey, RESOLVED_ANSWERS, type ResolvedAnswer, type SurveyOutcome } from './publicSurvey';
import { PublicHeader } from '../ui/PublicHeader';

/**
 * The citizen's page for the satisfaction survey, at /anketa without an account: the one-time code
 * (typed in or from the link's ?kod=), the score, whether the matter was resolved, a comment.
 */
export function SurveyAnswerPage() {
  const { m, instant } = useI18n();
  const t = m.publicSurvey;
  const [token, setToken] = useState(() => new URLSearchParams(window.location.search).get('kod') ?? '');
  const [score, setScore] = useState('');
  const [resolved, setResolved] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SurveyOutcome | null>(null);

  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await answerSurvey({
      token: token.trim(), score: Number(score), resolved: resolved as ResolvedAnswer, comment: comment.trim() || null,
    }));
    setBusy(false);
  };

  const scores = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: t.scoreLabels[Number(value) - 1] }));
  const answers = RESOLVED_ANSWERS.map((value) => ({ value, label: t.resolvedAnswer[value] }));
  return (
    <>
      <PublicHeader name={m.appSubtitle} sub={t.brand} />
      <main className="page public-survey">
        <section className="panel" aria-labelledby="survey-answer-title">
          <h1 id="survey-answer-title">{t.title}</h1>
          {outcome && 'answeredAt' in outcome ? (
            <div className="notice notice-ok" role="status" data-testid="survey-thanks">
              <p><strong>{t.thanks}</strong></p>
              <p>{format(t.recorded, { when: instant(outcome.answeredAt) })}</p>
            </div>
          ) : (
            <>
              <p>{t.intro}</p>
              {outcome && (
                <div className="notice notice-error" role="alert" data-testid="survey-refusal" data-refusal={outcome.refusal}>
                  <p><strong>{t.refused[outcome.refusal]}</strong></p>
                </div>
              )}
              <form className="form" aria-label={t.title} onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}>
                <TextField label={t.code} name="kod" required value={token} onChange={setToken} hint={t.codeHint} />
                <RadioGroup label={t.score} name="score" required value={score} onChange={setScore} options={scores} />
                <RadioGroup label={t.resolved} name="resolved" required value={resolved} onChange={setResolved} options={answers} />
                <TextArea label={t.comment} name="comment" value={comment} onChange={setComment} rows={4} />
                <div className="buttons">
                  <button type="submit" disabled={busy}>{t.submit}</button>
                </div>
              </form>
            </>
          )}
        </section>
      </main>
    </>
  );
}
