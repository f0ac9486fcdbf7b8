import type { RequestStatus, Role, Urgency } from '../api/types';

/**
 * What a request may do in which state: a mirror of the guards in command-side
 * cz.css.ledger.request.CitizenRequest, so the console offers only the steps the ledger accepts.
 * The ledger stays the judge: a step it refuses anyway is shown as its readable refusal.
 */
export type ActionId =
  | 'assign' | 'note' | 'reclassify' | 'resolve' | 'informMayor' | 'route' | 'documents'
  | 'municipalityResolved' | 'returned' | 'notify' | 'close' | 'reopen' | 'withdraw' | 'decline';

const WAITING_FOR_CSS: RequestStatus[] = ['RECEIVED', 'RETURNED_TO_CSS'];
const IN_PROGRESS: RequestStatus[] = ['RECEIVED', 'ROUTED_TO_MUNICIPALITY', 'RETURNED_TO_CSS'];
const WITH_OUTCOME: RequestStatus[] = ['RESOLVED_BY_CSS', 'MAYOR_INFORMED', 'RESOLVED_BY_MUNICIPALITY', 'DECLINED', 'CLOSED'];
const CLOSABLE: RequestStatus[] = ['MAYOR_INFORMED', 'RESOLVED_BY_MUNICIPALITY', 'DECLINED'];
const ENDED: RequestStatus[] = ['CLOSED', 'WITHDRAWN'];
/** Who may change requests (RequestMutationController). */
const WORKERS: Role[] = ['STAFF', 'SUPERVISOR'];

/** The order the console lists the actions in: the seed rule's next step first. */
export const ACTION_ORDER: ActionId[] = [
  'resolve', 'informMayor', 'route', 'documents', 'municipalityResolved', 'returned', 'notify', 'close',
  'decline', 'reopen', 'withdraw', 'reclassify', 'assign', 'note',
];

export interface RequestState {
  status: RequestStatus;
  /** Whether the request's municipality agrees to its agenda (catalogue). */
  agendaAgreed: boolean;
}

export function allowedActions(state: RequestState, role: Role): ActionId[] {
  if (!WORKERS.includes(role)) return [];
  const { status, agendaAgreed } = state;
  const allowed: Record<ActionId, boolean> = {
    assign: !ENDED.includes(status),
    note: true,
    reclassify: WAITING_FOR_CSS.includes(status),
    resolve: WAITING_FOR_CSS.includes(status) && agendaAgreed,
    informMayor: status === 'RESOLVED_BY_CSS',
    route: WAITING_FOR_CSS.includes(status) && agendaAgreed,
    documents: status === 'ROUTED_TO_MUNICIPALITY',
    municipalityResolved: status === 'ROUTED_TO_MUNICIPALITY',
    returned: status === 'ROUTED_TO_MUNICIPALITY',
    notify: WITH_OUTCOME.includes(status),
    close: CLOSABLE.includes(status),
    reopen: status === 'CLOSED' || status === 'DECLINED',
    withdraw: IN_PROGRESS.includes(status),
    decline: WAITING_FOR_CSS.includes(status) && !agendaAgreed,
  };
  return ACTION_ORDER.filter((action) => allowed[action]);
}

/** Still waiting for an answer to the citizen (overdue counts only for these). */
export function isOpen(status: RequestStatus): boolean {
  return IN_PROGRESS.includes(status);
}

export function isUrgent(urgency: Urgency): boolean {
  return urgency === 'HIGH' || urgency === 'EMERGENCY';
}

/** Today in Prague as an ISO day, the calendar the respond-by days are counted in. */
export function todayInPrague(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(now);
}

/** Overdue: still open and its respond-by day has passed. */
export function isOverdue(request: { status: RequestStatus; respondBy: string }, today: string = todayInPrague()): boolean {
  return isOpen(request.status) && request.respondBy < today;
}
