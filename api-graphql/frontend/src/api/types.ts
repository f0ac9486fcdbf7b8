/** The GraphQL schema's enums and the shapes the console reads (api-graphql/src/main/resources/graphql). */

export const REQUEST_STATUSES = [
  'RECEIVED', 'RESOLVED_BY_CSS', 'MAYOR_INFORMED', 'ROUTED_TO_MUNICIPALITY', 'RESOLVED_BY_MUNICIPALITY',
  'RETURNED_TO_CSS', 'DECLINED', 'WITHDRAWN', 'CLOSED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_KINDS = ['REQUEST', 'SUGGESTION', 'COMPLAINT', 'INFORMATION_REQUEST', 'FAULT_OR_EMERGENCY', 'OTHER'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Statutory days to respond, as command-side RequestKind has them. */
export const STATUTORY_DAYS: Record<RequestKind, number> = {
  REQUEST: 30, SUGGESTION: 30, COMPLAINT: 60, INFORMATION_REQUEST: 15, FAULT_OR_EMERGENCY: 30, OTHER: 30,
};

export const CHANNELS = ['IN_PERSON', 'PHONE', 'EMAIL', 'LETTER', 'WEB_FORM', 'DATA_BOX'] as const;
export type Channel = (typeof CHANNELS)[number];

export const URGENCIES = ['LOW', 'NORMAL', 'HIGH', 'EMERGENCY'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const MAYOR_CONTACT_METHODS = ['PHONE', 'EMAIL', 'LETTER', 'MEETING', 'IN_PERSON'] as const;
export const NOTIFICATION_CHANNELS = ['IN_PERSON', 'PHONE', 'EMAIL', 'LETTER', 'DATA_BOX'] as const;
export const CLOSE_OUTCOMES = ['RESOLVED', 'PARTLY_RESOLVED', 'NOT_POSSIBLE', 'NOT_COMPETENT'] as const;

export const ROLES = ['STAFF', 'SUPERVISOR', 'AUDITOR', 'MAYOR', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  username: string;
  role: Role;
  municipalityCode: string | null;
  municipalityName: string | null;
}

export interface AgreedAgenda {
  agendaCode: string;
  agendaName: string | null;
  agreedOn: string;
}

export interface Municipality {
  code: string;
  name: string;
  mayorName: string | null;
  agreedAgendas: AgreedAgenda[];
}

export interface Agenda {
  code: string;
  name: string;
  description: string | null;
}

export interface QueueItem {
  id: string;
  registrationNumber: string;
  status: RequestStatus;
  subject: string;
  municipalityCode: string;
  municipalityName: string | null;
  agendaCode: string;
  agendaName: string | null;
  kind: RequestKind;
  channel: Channel;
  urgency: Urgency;
  assignee: string | null;
  receivedAt: string;
  respondBy: string;
  version: number;
}

export interface Citizen {
  name: string | null;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
}

export interface TimelineEntry {
  sequence: number;
  eventType: string;
  occurredAt: string;
  actor: string | null;
  actorRole: string | null;
  summary: string;
}

export interface RequestDetail extends QueueItem {
  description?: string | null;
  citizen?: Citizen | null;
  registeredBy: string;
  resolvedBy: string | null;
  resolution: string | null;
  routedTo: string | null;
  mayorInformed: boolean;
  citizenNotified: boolean;
  closeOutcome: string | null;
  lastChangedAt: string;
  timeline: TimelineEntry[];
}

export interface QueueFilter {
  statuses?: RequestStatus[];
  municipalityCode?: string;
  agendaCode?: string;
  kind?: RequestKind;
  assignee?: string;
  urgency?: Urgency;
  text?: string;
}
