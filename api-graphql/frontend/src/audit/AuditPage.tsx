import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { PROJECTIONS, REPLAY_PROJECTIONS, REQUEST_HISTORY, REQUEST_ID, VERIFY_LEDGER } from '../api/documents';
import { href } from '../app/router';
import { useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { ErrorNotice } from '../ui/ErrorNotice';

interface HistoryEvent { sequence: number; eventId: string; type: string; meaning: string; timestamp: string; actor: string | null; actorRole: string | null }
interface Verification { verified: boolean; eventsVerified: number; checkpointsVerified: number; pendingEvents: number; breakCount: number; summary: string; headHash: string }
interface Projection { processingGroup: string; mode: string; replayable: boolean; replaying: boolean; caughtUp: boolean; error: string | null; processed: number; total: number; percent: number }

/** An auditor's view of a request: its full history from the event store, the ledger's verification, and (supervisors) the replay. */
export function AuditPage({ number }: { number: string }) {
  const { m, instant } = useI18n();
  const { me } = useSession();
  const [idResult] = useQuery<{ requestByNumber: { id: string } | null }>({ query: REQUEST_ID, variables: { number } });
  const id = idResult.data?.requestByNumber?.id;
  const [history] = useQuery<{ requestHistory: { events: HistoryEvent[] } }>({
    query: REQUEST_HISTORY, variables: { id }, pause: !id, requestPolicy: 'network-only',
  });
  const [verification] = useQuery<{ verifyLedger: Verification }>({ query: VERIFY_LEDGER, requestPolicy: 'network-only' });
  const ledger = verification.data?.verifyLedger;

  return (
    <section aria-labelledby="audit-title">
      <p><a href={href(`/zadost/${number}`)}>← {number}</a></p>
      <h1 id="audit-title" tabIndex={-1}>{format(m.audit.title, { number })}</h1>
      <ErrorNotice error={idResult.error ?? history.error} />
      <section aria-labelledby="ledger-title" className="panel">
        <h2 id="ledger-title">{m.audit.ledger}</h2>
        <ErrorNotice error={verification.error} />
        {!ledger && verification.fetching && <p role="status">{m.loading}</p>}
        {ledger && (
          <div data-testid="ledger" data-verified={ledger.verified}>
            <p><strong>{ledger.verified ? `✔ ${m.audit.verified}` : `✘ ${m.audit.broken}`}</strong></p>
            <p>{format(m.audit.events, { n: String(ledger.eventsVerified), c: String(ledger.checkpointsVerified), p: String(ledger.pendingEvents) })}</p>
            <p lang="en" className="summary">{ledger.summary}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="history-title" className="panel">
        <h2 id="history-title">{m.audit.history}</h2>
        {history.data && (
          <table data-testid="history">
            <thead><tr><th scope="col">{m.audit.sequence}</th><th scope="col">{m.audit.event}</th><th scope="col">{m.audit.when}</th><th scope="col">{m.audit.actor}</th></tr></thead>
            <tbody>
              {history.data.requestHistory.events.map((event) => (
                <tr key={event.eventId} data-event={event.type}>
                  <td className="num">{event.sequence}</td>
                  <td><strong>{event.type}</strong><br /><span lang="en">{event.meaning}</span></td>
                  <td>{instant(event.timestamp)}</td>
                  <td>{event.actor ?? m.none}{event.actorRole ? ` (${event.actorRole})` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {me.role === 'SUPERVISOR' && <ReplayPanel />}
    </section>
  );
}

function ReplayPanel() {
  const { m } = useI18n();
  const [projections, refresh] = useQuery<{ projections: Projection[] }>({ query: PROJECTIONS, requestPolicy: 'network-only' });
  const [replay, start] = useMutation<{ replayProjections: { started: string[]; projections: Projection[] } }>(REPLAY_PROJECTIONS);
  const list = projections.data?.projections ?? replay.data?.replayProjections.projections ?? [];
  const busy = list.some((projection) => projection.replaying);
  useEffect(() => {
    if (!busy && !replay.data) return;
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), 1000);
    const stop = setTimeout(() => clearInterval(timer), busy ? 600_000 : 3000);
    return () => { clearInterval(timer); clearTimeout(stop); };
  }, [busy, replay.data, refresh]);
  return (
    <section aria-labelledby="projections-title" className="panel">
      <h2 id="projections-title">{m.audit.projections}</h2>
      <ErrorNotice error={projections.error ?? replay.error} />
      <ul data-testid="projections" className="projections">
        {list.map((projection) => (
          <li key={projection.processingGroup} data-group={projection.processingGroup} data-replaying={projection.replaying} data-percent={Math.round(projection.percent)}>
            <label>
              {projection.processingGroup} ({projection.mode}) {projection.processed}/{projection.total}
              {' '}<progress max={100} value={Math.round(projection.percent)}
                aria-label={format(m.audit.progress, { name: projection.processingGroup })}>{Math.round(projection.percent)} %</progress>
              {' '}{Math.round(projection.percent)} %
            </label>
            {projection.error && <span lang="en"> {projection.error}</span>}
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy || replay.fetching} onClick={() => void start({ input: null })}>{m.audit.replay}</button>
      {replay.data && (
        <p role="status" data-testid="replay-started">
          {format(m.audit.replayStarted, { groups: replay.data.replayProjections.started.join(', ') || m.none })}
        </p>
      )}
    </section>
  );
}
