import { useEffect, useId, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useI18n } from '../i18n';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Series {
  /** Stable keys for the CSV (e.g. RECEIVED), shown labels for people. */
  keys: string[];
  labels: string[];
  values: number[];
}

/**
 * A bar chart with the same figures beside it in a table and as a CSV download: the chart is for
 * the eye, the table for screen readers and exact numbers. The mayor's dashboard and the
 * analyst's trends reuse it.
 */
export function ChartWithFigures({ title, series, csvName, valueLabel, keyLabel }: {
  title: string;
  series: Series;
  csvName: string;
  keyLabel: string;
  valueLabel: string;
}) {
  const { m } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: series.labels, datasets: [{ label: valueLabel, data: series.values, backgroundColor: '#2f6fa7' }] },
      options: {
        animation: false,
        indexAxis: 'y',
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { tooltip: { enabled: true } },
      },
    });
    return () => chart.destroy();
  }, [series, valueLabel]);

  const total = series.values.reduce((sum, value) => sum + value, 0);
  const download = () => {
    const rows = [[keyLabel, 'key', valueLabel], ...series.keys.map((key, i) => [series.labels[i], key, String(series.values[i])])];
    const csv = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <figure className="chart-with-figures" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <div className="figures">
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{keyLabel}</th><th scope="col" className="num">{valueLabel}</th></tr></thead>
          <tbody>
            {series.keys.map((key, i) => (
              <tr key={key} data-key={key}><th scope="row">{series.labels[i]}</th><td className="num">{series.values[i]}</td></tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row">{m.overview.total}</th><td className="num" data-testid="total">{total}</td></tr></tfoot>
        </table>
        <button type="button" onClick={download}>{m.overview.csv}</button>
      </div>
    </figure>
  );
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
