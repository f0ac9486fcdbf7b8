import { ROLES, type Role, type TimelineEntry } from '../api/types';
import type { Messages } from '../i18n/cs';
import { format, useI18n } from '../i18n';

/** Every step of the request, oldest first: what happened, when (Prague time), who. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { m, instant } = useI18n();
  return (
    <section aria-labelledby="timeline-title" className="panel">
      <h2 id="timeline-title">{m.request.timeline}</h2>
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => (
          <li key={entry.sequence} data-event={entry.eventType}>
            <p className="event-title">
              <strong>{m.eventType[entry.eventType] ?? entry.eventType}</strong>{' '}
              <time dateTime={entry.occurredAt}>{instant(entry.occurredAt)}</time>
            </p>
            <p className="event-who">
              {entry.actor ? format(m.request.by, { actor: entry.actor, role: roleName(m, entry.actorRole) }) : m.none}
            </p>
            <p className="event-summary" lang="en">{entry.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function roleName(m: Messages, role: string | null): string {
  return role && (ROLES as readonly string[]).includes(role) ? m.role[role as Role] : role ?? '';
}
