import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SATISFACTION_TRENDS } from '../api/documents';
import { useI18n } from '../i18n';
import { ChartWithFigures } from '../ui/ChartWithFigures';
import { ErrorNotice } from '../ui/ErrorNotice';
import { pragueDay } from './MayorPage';

interface TrendPoint {
  label: string;
  surveysOffered: number;
  responses: number;
  averageScore: number | null;
  averageWithheld: boolean;
  resolved: number;
  medianResolutionHours: number | null;
}

/** Satisfaction and time to resolution per month: answers charted, every figure in a table, the CSV export. */
export function TrendsPage() {
  const { m } = useI18n();
  const [from, setFrom] = useState(pragueDay(365));
  const [to, setTo] = useState(pragueDay(0));
  const [result] = useQuery<{ satisfactionTrends: { minimumAnswers: number; points: TrendPoint[] } }>({
    query: SATISFACTION_TRENDS, variables: { from, to }, requestPolicy: 'network-only', pause: !from || !to,
  });
  const points = result.data?.satisfactionTrends.points;
  const series = useMemo(() => points && {
    keys: points.map((point) => point.label),
    labels: points.map((point) => point.label),
    values: points.map((point) => point.responses),
  }, [points]);
  const csv = `/export/satisfaction-trends.csv?${new URLSearchParams({ granularity: 'MONTH', from, to })}`;
  const decimal = (value: number | null) => (value == null ? m.none : value.toFixed(1));
  return (
    <section aria-labelledby="trends-title">
      <h1 id="trends-title" tabIndex={-1}>{m.trends.title}</h1>
      <p>{m.trends.intro}</p>
      <div className="filters">
        <label>{m.mayor.from} <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} /></label>
        <label>{m.mayor.to} <input type="date" value={to} onChange={(event) => setTo(event.target.value)} /></label>
      </div>
      <ErrorNotice error={result.error} />
      {!points && result.fetching && <p role="status">{m.loading}</p>}
      {points && (
        <>
          <table data-testid="trend-figures">
            <caption>{m.trends.title}</caption>
            <thead><tr><th scope="col">{m.trends.month}</th><th scope="col" className="num">{m.trends.offered}</th>
              <th scope="col" className="num">{m.trends.responses}</th><th scope="col" className="num">{m.trends.averageScore}</th>
              <th scope="col" className="num">{m.trends.resolved}</th><th scope="col" className="num">{m.trends.median}</th></tr></thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label} data-month={point.label}><th scope="row">{point.label}</th>
                  <td className="num">{point.surveysOffered}</td><td className="num">{point.responses}</td>
                  <td className="num">{point.averageWithheld ? '*' : decimal(point.averageScore)}</td>
                  <td className="num">{point.resolved}</td><td className="num">{decimal(point.medianResolutionHours)}</td></tr>
              ))}
            </tbody>
          </table>
          <p><a href={csv} download data-testid="trends-csv">{m.trends.csv}</a></p>
          {series && <ChartWithFigures title={m.trends.chart} series={series} csvName="trendy-odpovedi.csv"
            keyLabel={m.trends.month} valueLabel={m.trends.responses} />}
        </>
      )}
    </section>
  );
}
