import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { MAYOR_STATISTICS } from '../api/documents';
import { REQUEST_STATUSES, type RequestStatus } from '../api/types';
import { useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { ChartWithFigures } from '../ui/ChartWithFigures';
import { ErrorNotice } from '../ui/ErrorNotice';

interface Count { current: number; previous: number; change: number }
interface Decimal { current: number | null; previous: number | null; change: number | null }
interface MayorStatistics {
  received: Count;
  byStatus: { key: string; current: number }[];
  resolvedByCss: Count;
  routedToMunicipality: Count;
  mayorNotInformed: Count;
  waitingOnMunicipality: Count;
  timeToResolution: { medianHours: Decimal };
  satisfaction: { offered: Count; responses: Count; averageScore: Decimal; withheld: boolean; minimumAnswers: number };
}

/** ISO day in Prague, `daysBack` days ago. */
export function pragueDay(daysBack = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(new Date(Date.now() - daysBack * 86_400_000));
}

/** A municipality's figures for a period beside the previous one: a chart, the figures, the CSV export. */
export function MayorPage() {
  const { m } = useI18n();
  const session = useSession();
  const own = session.me.municipalityCode;
  const [municipality, setMunicipality] = useState(own ?? session.municipalities[0]?.code ?? '');
  const [from, setFrom] = useState(pragueDay(30));
  const [to, setTo] = useState(pragueDay(0));
  const [result] = useQuery<{ mayorStatistics: MayorStatistics }>({
    query: MAYOR_STATISTICS, variables: { municipalityCode: municipality, from, to }, requestPolicy: 'network-only',
    pause: !municipality || !from || !to,
  });
  const stats = result.data?.mayorStatistics;
  const series = useMemo(() => {
    if (!stats) return null;
    const rows = stats.byStatus.filter((group) => (REQUEST_STATUSES as readonly string[]).includes(group.key));
    return {
      keys: rows.map((row) => row.key),
      labels: rows.map((row) => m.status[row.key as RequestStatus]),
      values: rows.map((row) => row.current),
    };
  }, [stats, m]);
  const csv = `/export/mayor-statistics.csv?${new URLSearchParams({ municipalityCode: municipality, from, to })}`;
  const decimal = (value: number | null) => (value == null ? m.none : value.toFixed(1));

  return (
    <section aria-labelledby="mayor-title">
      <h1 id="mayor-title" tabIndex={-1}>{m.mayor.title}{session.me.municipalityName ? ` – ${session.me.municipalityName}` : ''}</h1>
      <p>{m.mayor.intro}</p>
      <div className="filters">
        {!own && (
          <label>{m.mayor.municipality}
            <select value={municipality} onChange={(event) => setMunicipality(event.target.value)}>
              {session.municipalities.map((item) => <option key={item.code} value={item.code}>{item.name}</option>)}
            </select>
          </label>
        )}
        <label>{m.mayor.from} <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} /></label>
        <label>{m.mayor.to} <input type="date" value={to} onChange={(event) => setTo(event.target.value)} /></label>
      </div>
      <ErrorNotice error={result.error} />
      {!stats && result.fetching && <p role="status">{m.loading}</p>}
      {stats && (
        <>
          <table data-testid="mayor-figures">
            <caption>{m.mayor.title}</caption>
            <thead><tr><th scope="col">{m.mayor.figure}</th><th scope="col" className="num">{m.mayor.current}</th>
              <th scope="col" className="num">{m.mayor.previous}</th><th scope="col" className="num">{m.mayor.change}</th></tr></thead>
            <tbody>
              {([
                ['received', m.mayor.received, stats.received],
                ['resolvedByCss', m.mayor.resolvedByCss, stats.resolvedByCss],
                ['routed', m.mayor.routed, stats.routedToMunicipality],
                ['mayorNotInformed', m.mayor.notInformed, stats.mayorNotInformed],
                ['waiting', m.mayor.waiting, stats.waitingOnMunicipality],
                ['offered', m.mayor.offered, stats.satisfaction.offered],
                ['responses', m.mayor.responses, stats.satisfaction.responses],
              ] as [string, string, Count][]).map(([key, label, figure]) => (
                <tr key={key} data-figure={key}><th scope="row">{label}</th><td className="num">{figure.current}</td>
                  <td className="num">{figure.previous}</td><td className="num">{figure.change}</td></tr>
              ))}
              <tr data-figure="averageScore"><th scope="row">{m.mayor.averageScore}</th>
                <td className="num">{stats.satisfaction.withheld ? format(m.mayor.withheld, { n: String(stats.satisfaction.minimumAnswers) }) : decimal(stats.satisfaction.averageScore.current)}</td>
                <td className="num">{decimal(stats.satisfaction.averageScore.previous)}</td>
                <td className="num">{decimal(stats.satisfaction.averageScore.change)}</td></tr>
              <tr data-figure="medianHours"><th scope="row">{m.mayor.medianHours}</th>
                <td className="num">{decimal(stats.timeToResolution.medianHours.current)}</td>
                <td className="num">{decimal(stats.timeToResolution.medianHours.previous)}</td>
                <td className="num">{decimal(stats.timeToResolution.medianHours.change)}</td></tr>
            </tbody>
          </table>
          <p><a href={csv} download data-testid="mayor-csv">{m.mayor.csv}</a></p>
          {series && <ChartWithFigures title={m.mayor.byStatus} series={series} csvName="starosta-podle-stavu.csv"
            keyLabel={m.overview.state} valueLabel={m.overview.count} />}
        </>
      )}
    </section>
  );
}
