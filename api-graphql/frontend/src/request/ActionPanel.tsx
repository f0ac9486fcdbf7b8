import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { actionMutation } from '../api/documents';
import type { RequestDetail } from '../api/types';
import { useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Select, TextArea, TextField } from '../ui/fields';
import { ACTIONS, type ActionContext } from './actions';
import { allowedActions, type ActionId } from './rules';

/** The steps allowed in the request's current state, each opening its form. */
export function ActionPanel({ request, agendaAgreed, personal, onChanged }: {
  request: RequestDetail;
  agendaAgreed: boolean;
  personal: boolean;
  onChanged: (request: RequestDetail) => void;
}) {
  const { m } = useI18n();
  const session = useSession();
  const [open, setOpen] = useState<ActionId | null>(null);
  const [done, setDone] = useState('');
  const actions = allowedActions({ status: request.status, agendaAgreed }, session.me.role);
  const readOnly = session.me.role !== 'STAFF' && session.me.role !== 'SUPERVISOR';
  const municipality = session.municipalities.find((candidate) => candidate.code === request.municipalityCode);

  return (
    <section aria-labelledby="actions-title" className="panel actions">
      <h2 id="actions-title">{m.request.actions}</h2>
      <p className="visually-hidden" role="status" data-testid="action-done">{done}</p>
      {done && <p className="notice notice-ok" aria-hidden="true">{done}</p>}
      {readOnly ? <p>{m.request.readOnly}</p> : actions.length === 0 && <p>{m.request.noActions}</p>}
      {!readOnly && !agendaAgreed && (request.status === 'RECEIVED' || request.status === 'RETURNED_TO_CSS') && (
        <p className="notice">{format(m.request.notAgreed, {
          agenda: request.agendaName ?? request.agendaCode, municipality: municipality?.name ?? request.municipalityCode,
        })}</p>
      )}
      <ul className="action-list">
        {actions.map((action) => (
          <li key={action} data-action={action}>
            <button type="button" className={open === action ? 'secondary' : undefined} aria-expanded={open === action}
              onClick={() => {
                setOpen(open === action ? null : action);
                setDone('');
              }}>
              {m.actions[action]}
            </button>
            {open === action && (
              <ActionForm action={action} request={request} personal={personal}
                onCancel={() => setOpen(null)}
                onDone={(changed) => {
                  setOpen(null);
                  setDone(format(m.request.done, { action: m.actions[action], status: m.status[changed.status] }));
                  onChanged(changed);
                }} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActionForm({ action, request, personal, onCancel, onDone }: {
  action: ActionId;
  request: RequestDetail;
  personal: boolean;
  onCancel: () => void;
  onDone: (request: RequestDetail) => void;
}) {
  const { m } = useI18n();
  const session = useSession();
  const spec = ACTIONS[action];
  const context: ActionContext = {
    request,
    municipalities: session.municipalities,
    agendaNames: new Map(session.agendas.map((agenda) => [agenda.code, agenda.name])),
    username: session.me.username,
  };
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(spec.fields.map((field) => [field.name, field.initial?.(context) ?? ''])));
  const document = useMemo(() => actionMutation(spec.mutation, spec.inputType), [spec]);
  const [result, execute] = useMutation<Record<string, { request: RequestDetail }>>(document);
  const form = useRef<HTMLFormElement>(null);
  // Opening a form puts the keyboard in its first field.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const submit = async () => {
    const input: Record<string, string | null> = { requestId: request.id };
    for (const field of spec.fields) {
      const value = values[field.name].trim();
      input[field.name] = !value ? null : field.kind === 'datetime' ? new Date(value).toISOString() : value;
    }
    const answer = await execute({ input, personal });
    const changed = answer.data?.[spec.mutation]?.request;
    if (changed) onDone(changed);
  };

  return (
    <form ref={form} className="form action-form" aria-label={m.actions[action]}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}>
      {spec.fields.map((field) => {
        const label = m.fields[field.name as keyof typeof m.fields];
        const set = (value: string) => setValues((current) => ({ ...current, [field.name]: value }));
        if (field.kind === 'textarea') {
          return <TextArea key={field.name} label={label} name={field.name} required={field.required}
            value={values[field.name]} onChange={set} />;
        }
        if (field.kind === 'select') {
          return <Select key={field.name} label={label} name={field.name} required={field.required}
            value={values[field.name]} options={field.options!(m, context)} onChange={set} />;
        }
        return <TextField key={field.name} label={label} name={field.name} required={field.required}
          type={field.kind === 'datetime' ? 'datetime-local' : 'text'}
          value={values[field.name]} onChange={set} />;
      })}
      <ErrorNotice error={result.error} />
      <div className="buttons">
        <button type="submit" disabled={result.fetching}>{m.actions[action]}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.cancel}</button>
      </div>
    </form>
  );
}
