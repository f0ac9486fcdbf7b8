import { useMemo } from 'react';
import { useQuery } from 'urql';
import { countsByStatus } from '../api/documents';
import { REQUEST_STATUSES } from '../api/types';
import { useSession } from '../app/session';
import { useI18n } from '../i18n';
import { ChartWithFigures } from '../ui/ChartWithFigures';
import { ErrorNotice } from '../ui/ErrorNotice';

const COUNTS = countsByStatus(REQUEST_STATUSES);

/** How many requests are in each state (a mayor sees their own municipality's only). */
export function OverviewPage() {
  const { m } = useI18n();
  const { me } = useSession();
  const [result] = useQuery<Record<string, { totalCount: number }>>({ query: COUNTS, requestPolicy: 'network-only' });
  const series = useMemo(() => result.data && {
    keys: [...REQUEST_STATUSES],
    labels: REQUEST_STATUSES.map((status) => m.status[status]),
    values: REQUEST_STATUSES.map((status) => result.data![status].totalCount),
  }, [result.data, m]);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title" tabIndex={-1}>{m.overview.title}{me.municipalityName ? ` – ${me.municipalityName}` : ''}</h1>
      <p>{m.overview.intro}</p>
      <ErrorNotice error={result.error} />
      {!series && result.fetching && <p role="status">{m.loading}</p>}
      {series && (
        <ChartWithFigures title={m.overview.chartLabel} series={series} csvName="fronta-podle-stavu.csv"
          keyLabel={m.overview.state} valueLabel={m.overview.count} />
      )}
    </section>
  );
}
