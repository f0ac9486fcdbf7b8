import {
  CLOSE_OUTCOMES, MAYOR_CONTACT_METHODS, NOTIFICATION_CHANNELS, REQUEST_KINDS,
  type Municipality, type RequestDetail,
} from '../api/types';
import type { Messages } from '../i18n/cs';
import type { Option } from '../ui/fields';
import type { ActionId } from './rules';

/** One field of an action's form; its value goes into the mutation's input under `name`. */
export interface FieldSpec {
  name: string;
  kind: 'text' | 'textarea' | 'select' | 'datetime';
  required: boolean;
  options?: (m: Messages, context: ActionContext) => Option[];
  initial?: (context: ActionContext) => string;
}

export interface ActionContext {
  request: RequestDetail;
  municipalities: Municipality[];
  agendaNames: Map<string, string>;
  username: string;
}

/** Each action's mutation (RequestMutationController) and the form it needs. */
export interface ActionSpec {
  mutation: string;
  inputType: string;
  fields: FieldSpec[];
}

const enumOptions = <T extends string>(values: readonly T[], labels: (m: Messages) => Record<T, string>) =>
  (m: Messages): Option[] => values.map((value) => ({ value, label: labels(m)[value] }));

const municipalityOf = (context: ActionContext) =>
  context.municipalities.find((municipality) => municipality.code === context.request.municipalityCode);

export const ACTIONS: Record<ActionId, ActionSpec> = {
  assign: {
    mutation: 'assignRequest', inputType: 'AssignRequestInput',
    fields: [{ name: 'assignee', kind: 'text', required: true, initial: (context) => context.username }],
  },
  note: {
    mutation: 'addInternalNote', inputType: 'AddInternalNoteInput',
    fields: [{ name: 'note', kind: 'textarea', required: true }],
  },
  reclassify: {
    mutation: 'reclassifyRequest', inputType: 'ReclassifyRequestInput',
    fields: [
      {
        name: 'municipalityCode', kind: 'select', required: true,
        initial: (context) => context.request.municipalityCode,
        options: (_, context) => context.municipalities.map((municipality) => ({ value: municipality.code, label: municipality.name })),
      },
      {
        name: 'agendaCode', kind: 'select', required: true,
        initial: (context) => context.request.agendaCode,
        // Every agenda, marked: reclassifying into one the municipality has not agreed to leads to declining.
        options: (m, context) => {
          const agreed = new Set(municipalityOf(context)?.agreedAgendas.map((agenda) => agenda.agendaCode));
          return [...context.agendaNames].map(([code, name]) => ({
            value: code, label: `${name} (${agreed.has(code) ? m.fields.agreed : m.fields.notAgreed})`,
          }));
        },
      },
      { name: 'kind', kind: 'select', required: true, initial: (context) => context.request.kind, options: enumOptions(REQUEST_KINDS, (m) => m.kind) },
      { name: 'reason', kind: 'textarea', required: false },
    ],
  },
  resolve: {
    mutation: 'resolveByCss', inputType: 'ResolveByCssInput',
    fields: [{ name: 'resolution', kind: 'textarea', required: true }],
  },
  informMayor: {
    mutation: 'informMayor', inputType: 'InformMayorInput',
    fields: [
      { name: 'mayorName', kind: 'text', required: true, initial: (context) => municipalityOf(context)?.mayorName ?? '' },
      { name: 'method', kind: 'select', required: true, initial: () => 'PHONE', options: enumOptions(MAYOR_CONTACT_METHODS, (m) => m.mayorContactMethod) },
      { name: 'informedAt', kind: 'datetime', required: false },
      { name: 'message', kind: 'textarea', required: true, initial: (context) => context.request.resolution ?? '' },
    ],
  },
  route: {
    mutation: 'routeToMunicipality', inputType: 'RouteToMunicipalityInput',
    fields: [
      { name: 'recipient', kind: 'text', required: true, initial: (context) => `Obecní úřad ${municipalityOf(context)?.name ?? ''}`.trim() },
      { name: 'reason', kind: 'textarea', required: true },
    ],
  },
  documents: {
    mutation: 'prepareSupportingDocuments', inputType: 'PrepareSupportingDocumentsInput',
    fields: [{ name: 'documents', kind: 'textarea', required: true }],
  },
  municipalityResolved: {
    mutation: 'recordMunicipalityResolution', inputType: 'RecordMunicipalityResolutionInput',
    fields: [{ name: 'outcome', kind: 'textarea', required: true }],
  },
  returned: {
    mutation: 'recordReturnToCss', inputType: 'RecordReturnToCssInput',
    fields: [{ name: 'reason', kind: 'textarea', required: true }],
  },
  notify: {
    mutation: 'notifyCitizen', inputType: 'NotifyCitizenInput',
    fields: [
      { name: 'channel', kind: 'select', required: true, initial: () => 'EMAIL', options: enumOptions(NOTIFICATION_CHANNELS, (m) => m.notificationChannel) },
      { name: 'message', kind: 'textarea', required: true, initial: (context) => context.request.resolution ?? '' },
    ],
  },
  close: {
    mutation: 'closeRequest', inputType: 'CloseRequestInput',
    fields: [
      { name: 'outcome', kind: 'select', required: true, initial: (context) => context.request.status === 'DECLINED' ? 'NOT_COMPETENT' : 'RESOLVED', options: enumOptions(CLOSE_OUTCOMES, (m) => m.closeOutcome) },
      { name: 'summary', kind: 'textarea', required: false },
    ],
  },
  reopen: {
    mutation: 'reopenRequest', inputType: 'ReopenRequestInput',
    fields: [{ name: 'reason', kind: 'textarea', required: true }],
  },
  withdraw: {
    mutation: 'withdrawRequest', inputType: 'WithdrawRequestInput',
    fields: [{ name: 'reason', kind: 'textarea', required: false }],
  },
  decline: {
    mutation: 'declineRequest', inputType: 'DeclineRequestInput',
    fields: [{ name: 'referralAdvice', kind: 'textarea', required: true }],
  },
};
