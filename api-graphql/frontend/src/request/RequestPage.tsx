import { useState } from 'react';
import { useQuery } from 'urql';
import { REQUEST_BY_NUMBER } from '../api/documents';
import type { RequestDetail } from '../api/types';
import { href } from '../app/router';
import { isAgreed, useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { Marks, StatusBadge } from '../ui/badges';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FlashMessage } from '../ui/flash';
import { ActionPanel } from './ActionPanel';
import { Timeline } from './Timeline';
import { SurveyPanel } from '../survey/SurveyPanel';

/** Whose roles may read a citizen's personal data (RequestQueryController.PERSONAL_DATA_READERS). */
const PERSONAL_DATA_READERS = ['STAFF', 'SUPERVISOR', 'AUDITOR'];

/** One request: its state, facts, the steps allowed now with their forms, and its history. */
export function RequestPage({ number }: { number: string }) {
  const { m, instant, day } = useI18n();
  const session = useSession();
  const personal = PERSONAL_DATA_READERS.includes(session.me.role);
  const [result] = useQuery<{ requestByNumber: RequestDetail | null }>({
    query: REQUEST_BY_NUMBER, variables: { number, personal }, requestPolicy: 'cache-and-network',
  });
  // A change made here answers the request as it is after the change; show that at once.
  const [changed, setChanged] = useState<RequestDetail | null>(null);
  const fetched = result.data?.requestByNumber;
  const request = changed && fetched && changed.version > fetched.version ? changed : fetched ?? null;

  return (
    <section aria-labelledby="request-title">
      <p><a href={href('/')}>← {m.request.back}</a></p>
      <FlashMessage />
      {!request && (
        <>
          <h1 id="request-title" tabIndex={-1}>{number}</h1>
          <ErrorNotice error={result.error} />
          {result.fetching && <p role="status">{m.loading}</p>}
          {!result.fetching && !result.error && result.data && <p>{format(m.request.notFound, { number })}</p>}
        </>
      )}
      {request && (
        <>
          <div className="title-row">
            <h1 id="request-title" tabIndex={-1}>
              <span className="number">{request.registrationNumber}</span> {request.subject}
            </h1>
          </div>
          <p className="state-line">
            <StatusBadge status={request.status} /> <Marks request={request} />
          </p>
          <div className="detail-grid">
            <div className="detail-main">
              <section aria-labelledby="facts-title" className="panel">
                <h2 id="facts-title">{m.request.facts}</h2>
                <dl className="facts">
                  <Fact label={m.request.municipality} value={request.municipalityName ?? request.municipalityCode} />
                  <Fact label={m.request.agenda} value={request.agendaName ?? request.agendaCode} />
                  <Fact label={m.request.kind} value={m.kind[request.kind]} />
                  <Fact label={m.request.channel} value={m.channel[request.channel]} />
                  <Fact label={m.request.urgency} value={m.urgency[request.urgency]} />
                  <Fact label={m.request.received} value={instant(request.receivedAt)} />
                  <Fact label={m.request.respondBy} value={day(request.respondBy)} />
                  <Fact label={m.request.assignee} value={request.assignee ?? m.request.unassigned} testId="assignee" />
                  <Fact label={m.request.registeredBy} value={request.registeredBy} />
                  {request.resolvedBy && <Fact label={m.request.resolvedBy}
                    value={request.resolvedBy === 'CSS' ? m.request.resolvedByCss : m.request.resolvedByMunicipality} />}
                  {request.resolution && <Fact label={m.request.resolution} value={request.resolution} />}
                  {request.routedTo && <Fact label={m.request.routedTo} value={request.routedTo} />}
                  <Fact label={m.request.mayorInformed} value={request.mayorInformed ? m.yes : m.no} />
                  <Fact label={m.request.citizenNotified} value={request.citizenNotified ? m.yes : m.no} />
                  {request.closeOutcome && <Fact label={m.request.closeOutcome}
                    value={m.closeOutcome[request.closeOutcome as keyof typeof m.closeOutcome] ?? request.closeOutcome} />}
                </dl>
              </section>
              <section aria-labelledby="citizen-title" className="panel">
                <h2 id="citizen-title">{m.request.citizen}</h2>
                {personal ? (
                  <>
                    <dl className="facts">
                      <Fact label={m.register.citizenName} value={request.citizen?.name ?? m.none} />
                      <Fact label={m.register.citizenPhone} value={request.citizen?.phone ?? m.none} />
                      <Fact label={m.register.citizenEmail} value={request.citizen?.email ?? m.none} />
                      <Fact label={m.register.citizenAddress} value={request.citizen?.postalAddress ?? m.none} />
                    </dl>
                    <h3>{m.request.description}</h3>
                    <p className="description">{request.description}</p>
                  </>
                ) : <p>{m.request.citizenHidden}</p>}
              </section>
            </div>
            <div className="detail-side">
              <ActionPanel request={request} agendaAgreed={isAgreed(session, request.municipalityCode, request.agendaCode)}
                personal={personal} onChanged={setChanged} />
              {request.status === 'CLOSED' && ['STAFF', 'SUPERVISOR'].includes(session.me.role) && (
                <SurveyPanel number={request.registrationNumber} requestId={request.id} />
              )}
              {['AUDITOR', 'SUPERVISOR'].includes(session.me.role) && (
                <p><a href={href(`/audit/${request.registrationNumber}`)}>{m.audit.link}</a></p>
              )}
              <Timeline entries={request.timeline} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
