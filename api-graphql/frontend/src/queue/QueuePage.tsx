import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { liveStatus, type LiveState } from '../api/client';
import { QUEUE, QUEUE_CHANGES } from '../api/documents';
import {
  REQUEST_KINDS, REQUEST_STATUSES, URGENCIES,
  type QueueFilter, type QueueItem, type RequestKind, type RequestStatus, type Urgency,
} from '../api/types';
import { href } from '../app/router';
import { useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { Marks, StatusBadge } from '../ui/badges';
import { ErrorNotice } from '../ui/ErrorNotice';
import { optionsOf, Select, TextField } from '../ui/fields';
import { useStoredState } from '../ui/useStoredState';

/** "In progress": what still waits for the CSS or the municipality. */
const OPEN_STATUSES: RequestStatus[] = ['RECEIVED', 'RESOLVED_BY_CSS', 'ROUTED_TO_MUNICIPALITY', 'RETURNED_TO_CSS'];
const OPEN = 'OPEN';
/** Even an empty page is stale once any request changes (urql's document cache cannot see that by itself). */
const REQUESTS = { additionalTypenames: ['Request'] };

interface Filters {
  status: string;
  municipalityCode: string;
  agendaCode: string;
  kind: string;
  urgency: string;
  mine: boolean;
  text: string;
}

const NO_FILTERS: Filters = { status: '', municipalityCode: '', agendaCode: '', kind: '', urgency: '', mine: false, text: '' };

interface QueueData {
  requests: {
    matchCount: { count: number; more: boolean };
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: QueueItem }[];
  };
}

export function QueuePage() {
  const { m, lang, instant, day } = useI18n();
  const session = useSession();
  const { me } = session;
  const canWatch = me.role === 'STAFF' || me.role === 'SUPERVISOR';
  const [filters, setFilters] = useStoredState<Filters>('ledger.queue.filters', NO_FILTERS);
  const [pageSize, setPageSize] = useStoredState<number>('ledger.queue.pageSize', 20);
  const [text, setText] = useState(filters.text);
  // Cursors of the pages seen so far: page n starts after cursors[n].
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const [pending, setPending] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [flashed, setFlashed] = useState<Set<string>>(new Set());
  // On a narrow screen the filters start folded, so the queue itself is on the first screen.
  const [filtersOpen] = useState(() => !window.matchMedia('(max-width: 760px)').matches);

  // Searching as one types, without a request per key stroke: 300 ms after the last key stroke, whatever else
  // renders meanwhile (live changes re-render the queue often, and must not keep postponing the search).
  const latestFilters = useRef(filters);
  latestFilters.current = filters;
  useEffect(() => {
    if (text === latestFilters.current.text) return undefined;
    const timer = setTimeout(() => {
      if (text !== latestFilters.current.text) update({ ...latestFilters.current, text });
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  const update = (next: Filters) => {
    setFilters(next);
    setCursors([null]);
    setPending(0);
  };

  const variables = useMemo(() => ({
    filter: toQueueFilter(filters, me.username),
    first: pageSize,
    after: cursors[page],
  }), [filters, me.username, pageSize, cursors, page]);
  const [queue, refetch] = useQuery<QueueData>({ query: QUEUE, variables, requestPolicy: 'cache-and-network', context: REQUESTS });

  const [change] = useSubscription<{ queueChanges: QueueItem }>({ query: QUEUE_CHANGES, pause: !canWatch });
  const refetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The timer must refetch the page shown when it fires, not the one shown when the change came:
  // an older refetch would put back the filters or the page size of that moment.
  const refetchLatest = useRef(refetch);
  refetchLatest.current = refetch;
  useEffect(() => {
    const changed = change.data?.queueChanges;
    if (!changed) return;
    setAnnouncement(changed.version === 0
      ? format(m.queue.liveNew, { number: changed.registrationNumber, subject: changed.subject })
      : format(m.queue.liveChanged, { number: changed.registrationNumber, status: m.status[changed.status] }));
    setFlashed((previous) => new Set(previous).add(changed.id));
    setTimeout(() => setFlashed((previous) => {
      const next = new Set(previous);
      next.delete(changed.id);
      return next;
    }), 4000);
    if (page === 0) {
      clearTimeout(refetchTimer.current);
      refetchTimer.current = setTimeout(() => refetchLatest.current({ requestPolicy: 'network-only' }), 150);
    } else {
      setPending((count) => count + 1);
    }
    // Only a new change should trigger this, not a re-render: hence the one dependency.
  }, [change.data]);

  const connection = queue.data?.requests;
  const agendaOptions = session.agendas.map((agenda) => ({ value: agenda.code, label: agenda.name }));
  const statusOptions = [{ value: OPEN, label: m.queue.openStatuses }, ...optionsOf(REQUEST_STATUSES, m.status)];

  return (
    <section aria-labelledby="queue-title" aria-busy={queue.fetching || queue.stale}>
      <div className="title-row">
        <h1 id="queue-title" tabIndex={-1}>{m.queue.title}</h1>
        <LiveIndicator enabled={canWatch} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="live-announcement">{announcement}</p>

      <details className="filters-box" open={filtersOpen}>
        <summary>{m.queue.filters}</summary>
        <form className="filters" role="search" aria-label={m.queue.filters} onSubmit={(event) => {
          event.preventDefault();
          update({ ...filters, text });
        }}>
          <TextField quiet label={m.queue.text} name="text" type="search" value={text} onChange={setText} />
          <Select quiet label={m.queue.status} name="status" value={filters.status} placeholder={m.queue.anyStatus}
            options={statusOptions} onChange={(status) => update({ ...filters, status })} />
          {me.role !== 'MAYOR' && (
            <Select quiet label={m.queue.municipality} name="municipalityCode" value={filters.municipalityCode}
              placeholder={m.queue.anyMunicipality}
              options={session.municipalities.map((municipality) => ({ value: municipality.code, label: municipality.name }))}
              onChange={(municipalityCode) => update({ ...filters, municipalityCode })} />
          )}
          <Select quiet label={m.queue.agenda} name="agendaCode" value={filters.agendaCode} placeholder={m.queue.anyAgenda}
            options={agendaOptions} onChange={(agendaCode) => update({ ...filters, agendaCode })} />
          <Select quiet label={m.queue.kind} name="kind" value={filters.kind} placeholder={m.queue.anyKind}
            options={optionsOf(REQUEST_KINDS, m.kind)} onChange={(kind) => update({ ...filters, kind })} />
          <Select quiet label={m.queue.urgency} name="urgency" value={filters.urgency} placeholder={m.queue.anyUrgency}
            options={optionsOf(URGENCIES, m.urgency)} onChange={(urgency) => update({ ...filters, urgency })} />
          {canWatch && (
            <div className="field checkbox">
              <label>
                <input type="checkbox" name="mine" checked={filters.mine}
                  onChange={(event) => update({ ...filters, mine: event.target.checked })} />
                {m.queue.mine}
              </label>
            </div>
          )}
          <div className="filter-buttons">
            <button type="button" className="secondary" onClick={() => {
              setText('');
              update(NO_FILTERS);
            }}>{m.queue.clear}</button>
          </div>
        </form>
      </details>

      {pending > 0 && (
        <p className="notice">
          <button type="button" className="link-button" onClick={() => {
            setCursors([null]);
            setPending(0);
          }}>{format(m.queue.pendingChanges, { count: pending })}</button>
        </p>
      )}

      <ErrorNotice error={queue.error} />
      {connection && (
        <>
          <p className="count" role="status" data-testid="queue-count">{format(connection.matchCount.more ? m.queue.countMore : m.queue.count,
            { count: connection.matchCount.count.toLocaleString(lang === 'cs' ? 'cs-CZ' : 'en-GB') })}</p>
          {connection.edges.length === 0 ? <p>{m.queue.empty}</p> : (
            <table className="queue responsive">
              <caption className="visually-hidden">{m.queue.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.queue.number}</th>
                  <th scope="col">{m.queue.subject}</th>
                  <th scope="col">{m.queue.status}</th>
                  <th scope="col">{m.queue.municipality}</th>
                  <th scope="col">{m.queue.agenda}</th>
                  <th scope="col">{m.queue.received}</th>
                  <th scope="col">{m.queue.respondBy}</th>
                  <th scope="col">{m.queue.assignee}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id} data-number={node.registrationNumber} className={flashed.has(node.id) ? 'flash' : undefined}>
                    <td data-label={m.queue.number}>
                      <a href={href(`/zadost/${node.registrationNumber}`)}>{node.registrationNumber}</a>
                    </td>
                    <td data-label={m.queue.subject}>
                      <span className="subject">{node.subject}</span> <Marks request={node} />
                    </td>
                    <td data-label={m.queue.status}><StatusBadge status={node.status} /></td>
                    <td data-label={m.queue.municipality}>{node.municipalityName ?? node.municipalityCode}</td>
                    <td data-label={m.queue.agenda}>{node.agendaName ?? node.agendaCode}</td>
                    <td data-label={m.queue.received}>{instant(node.receivedAt)}</td>
                    <td data-label={m.queue.respondBy}>{day(node.respondBy)}</td>
                    <td data-label={m.queue.assignee}>{node.assignee ?? m.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label={format(m.queue.page, { page: page + 1 })}>
            <button type="button" className="secondary" disabled={page === 0}
              onClick={() => setCursors(cursors.slice(0, -1))}>{m.queue.previous}</button>
            <span>{format(m.queue.page, { page: page + 1 })}</span>
            <button type="button" className="secondary" disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, connection.pageInfo.endCursor])}>{m.queue.next}</button>
            <Select quiet label={m.queue.pageSize} name="pageSize" value={String(pageSize)}
              options={[10, 20, 50, 100].map((size) => ({ value: String(size), label: String(size) }))}
              onChange={(size) => {
                setPageSize(Number(size));
                setCursors([null]);
              }} />
          </nav>
        </>
      )}
      {!connection && queue.fetching && <p role="status">{m.loading}</p>}
    </section>
  );
}

function toQueueFilter(filters: Filters, me: string): QueueFilter {
  const filter: QueueFilter = {};
  if (filters.status === OPEN) filter.statuses = OPEN_STATUSES;
  else if (filters.status) filter.statuses = [filters.status as RequestStatus];
  if (filters.municipalityCode) filter.municipalityCode = filters.municipalityCode;
  if (filters.agendaCode) filter.agendaCode = filters.agendaCode;
  if (filters.kind) filter.kind = filters.kind as RequestKind;
  if (filters.urgency) filter.urgency = filters.urgency as Urgency;
  if (filters.mine) filter.assignee = me;
  if (filters.text.trim()) filter.text = filters.text.trim();
  return filter;
}

function LiveIndicator({ enabled }: { enabled: boolean }) {
  const { m } = useI18n();
  const [state, setState] = useState<LiveState>(liveStatus.current);
  useEffect(() => {
    const unsubscribe = liveStatus.subscribe(setState);
    return () => {
      unsubscribe();
    };
  }, []);
  const text = !enabled ? m.queue.liveOff : state === 'connected' ? m.queue.liveConnected : m.queue.liveConnecting;
  return (
    <p className={`live live-${enabled ? state : 'off'}`} data-testid="live" data-state={enabled ? state : 'off'}>
      <span className="dot" aria-hidden="true" /> {m.queue.live}: {text}
    </p>
  );
}
