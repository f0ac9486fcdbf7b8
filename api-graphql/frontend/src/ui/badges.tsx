import type { RequestStatus, Urgency } from '../api/types';
import { useI18n } from '../i18n';
import { isOverdue, isUrgent } from '../request/rules';

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { m } = useI18n();
  return <span className={`badge status status-${status.toLowerCase()}`} data-status={status}>{m.status[status]}</span>;
}

/** Urgent and overdue marks: a word, not only a colour. */
export function Marks({ request }: { request: { status: RequestStatus; urgency: Urgency; respondBy: string } }) {
  const { m } = useI18n();
  return (
    <>
      {isUrgent(request.urgency) && <span className="badge mark-urgent" data-mark="urgent">{m.queue.urgent}</span>}
      {isOverdue(request) && <span className="badge mark-overdue" data-mark="overdue">{m.queue.overdue}</span>}
    </>
  );
}
