import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { OFFER_SURVEY, RECORD_SURVEY_BY_PHONE, SURVEY_OF_REQUEST } from '../api/documents';
import { format, useI18n } from '../i18n';
import { ErrorNotice } from '../ui/ErrorNotice';

type ResolvedAnswer = 'YES' | 'PARTLY' | 'NO' | 'DONT_KNOW';
const ANSWERS: ResolvedAnswer[] = ['YES', 'PARTLY', 'NO', 'DONT_KNOW'];
const OFFER_CHANNELS = ['PHONE', 'EMAIL', 'LETTER', 'IN_PERSON', 'DATA_BOX'] as const;

interface Survey {
  id: string;
  channel: string;
  offeredAt: string;
  answerBy: string;
  answered: boolean;
  score: number | null;
  resolved: ResolvedAnswer | null;
}

/** A closed request's satisfaction survey: offer it (the one-time code is shown once) and record a phoned answer. */
export function SurveyPanel({ number, requestId }: { number: string; requestId: string }) {
  const { m, instant } = useI18n();
  const [query] = useQuery<{ requestByNumber: { survey: Survey | null } | null }>({
    query: SURVEY_OF_REQUEST, variables: { number }, requestPolicy: 'network-only',
  });
  const [offerResult, offer] = useMutation<{ offerSatisfactionSurvey: { token: string; survey: Survey } }>(OFFER_SURVEY);
  const [phoneResult, record] = useMutation<{ recordSatisfactionByPhone: { survey: Survey } }>(RECORD_SURVEY_BY_PHONE);
  const [channel, setChannel] = useState<string>('PHONE');
  const [score, setScore] = useState('5');
  const [resolved, setResolved] = useState<ResolvedAnswer>('YES');
  const [comment, setComment] = useState('');
  const survey = phoneResult.data?.recordSatisfactionByPhone.survey
    ?? offerResult.data?.offerSatisfactionSurvey.survey ?? query.data?.requestByNumber?.survey ?? null;
  const token = offerResult.data?.offerSatisfactionSurvey.token;

  return (
    <section aria-labelledby="survey-title" className="panel" data-testid="survey">
      <h2 id="survey-title">{m.survey.title}</h2>
      <ErrorNotice error={query.error ?? offerResult.error ?? phoneResult.error} />
      {!survey && (
        <>
          <p>{m.survey.none}</p>
          <form aria-label={m.survey.offer} onSubmit={(event) => {
            event.preventDefault();
            void offer({ input: { requestId, channel } });
          }}>
            <label>{m.survey.channel}
              <select name="channel" value={channel} onChange={(event) => setChannel(event.target.value)}>
                {OFFER_CHANNELS.map((value) => <option key={value} value={value}>{m.channel[value as keyof typeof m.channel] ?? value}</option>)}
              </select>
            </label>
            <button type="submit" disabled={offerResult.fetching}>{m.survey.offer}</button>
          </form>
        </>
      )}
      {token && (
        <p className="notice">{m.survey.token}: <strong data-testid="survey-token"><code>{token}</code></strong></p>
      )}
      {survey && (
        <p data-testid="survey-state" data-answered={survey.answered}>
          {format(m.survey.offeredAt, { when: instant(survey.offeredAt), until: instant(survey.answerBy) })}{' '}
          {survey.answered
            ? format(m.survey.answered, { score: String(survey.score ?? m.none), resolved: survey.resolved ? m.survey.resolvedAnswer[survey.resolved] : m.none })
            : m.survey.waiting}
        </p>
      )}
      {survey && !survey.answered && (
        <form aria-label={m.survey.byPhone} onSubmit={(event) => {
          event.preventDefault();
          void record({ input: { requestId, score: Number(score), resolved, comment: comment.trim() || null } });
        }}>
          <label>{m.survey.score}
            <select name="score" value={score} onChange={(event) => setScore(event.target.value)}>
              {['1', '2', '3', '4', '5'].map((value) => <option key={value} value={value}>{value}</option>)}
            </select>
          </label>
          <label>{m.survey.resolved}
            <select name="resolved" value={resolved} onChange={(event) => setResolved(event.target.value as ResolvedAnswer)}>
              {ANSWERS.map((value) => <option key={value} value={value}>{m.survey.resolvedAnswer[value]}</option>)}
            </select>
          </label>
          <label>{m.survey.comment} ({m.optional})
            <textarea name="comment" value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
          <button type="submit" disabled={phoneResult.fetching}>{m.survey.byPhone}</button>
        </form>
      )}
    </section>
  );
}
