import { useState } from 'react';
import { useMutation } from 'urql';
import { REGISTER_REQUEST } from '../api/documents';
import { CHANNELS, REQUEST_KINDS, STATUTORY_DAYS, URGENCIES, type QueueItem, type RequestKind } from '../api/types';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { format, useI18n } from '../i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { optionsOf, RadioGroup, Select, TextArea, TextField } from '../ui/fields';
import { flash } from '../ui/flash';

const LAST_CHANNEL = 'ledger.register.channel';

interface Draft {
  channel: string;
  municipalityCode: string;
  agendaCode: string;
  kind: RequestKind;
  urgency: string;
  subject: string;
  description: string;
  citizenName: string;
  citizenEmail: string;
  citizenPhone: string;
  citizenAddress: string;
  receivedAt: string;
}

function emptyDraft(): Draft {
  return {
    channel: localStorage.getItem(LAST_CHANNEL) ?? 'PHONE', municipalityCode: '', agendaCode: '', kind: 'REQUEST',
    urgency: 'NORMAL', subject: '', description: '', citizenName: '', citizenEmail: '', citizenPhone: '',
    citizenAddress: '', receivedAt: '',
  };
}

/** The front office: one form for a request from any channel, with only the agreed agendas on offer. */
export function RegisterPage() {
  const { m } = useI18n();
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  // One key per filled-in form: a double click or a retry registers the request once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [result, register] = useMutation<{ registerRequest: { request: QueueItem } }>(REGISTER_REQUEST);
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const municipality = session.municipalities.find((candidate) => candidate.code === draft.municipalityCode);
  const agendaNames = new Map(session.agendas.map((agenda) => [agenda.code, agenda.name]));
  const agreedAgendas = (municipality?.agreedAgendas ?? [])
    .map((agreed) => ({ value: agreed.agendaCode, label: agendaNames.get(agreed.agendaCode) ?? agreed.agendaName ?? agreed.agendaCode }))
    .sort((a, b) => a.label.localeCompare(b.label, 'cs'));

  const submit = async () => {
    const citizen = {
      name: draft.citizenName || null, email: draft.citizenEmail || null,
      phone: draft.citizenPhone || null, postalAddress: draft.citizenAddress || null,
    };
    const answer = await register({
      input: {
        idempotencyKey,
        municipalityCode: draft.municipalityCode,
        agendaCode: draft.agendaCode,
        kind: draft.kind,
        channel: draft.channel,
        urgency: draft.urgency,
        subject: draft.subject.trim(),
        description: draft.description.trim(),
        citizen: Object.values(citizen).some(Boolean) ? citizen : null,
        receivedAt: draft.receivedAt ? new Date(draft.receivedAt).toISOString() : null,
      },
    });
    const registered = answer.data?.registerRequest.request;
    if (registered) {
      localStorage.setItem(LAST_CHANNEL, draft.channel);
      flash(format(m.register.registered, { number: registered.registrationNumber }));
      navigate(`/zadost/${registered.registrationNumber}`);
    }
  };

  return (
    <section aria-labelledby="register-title">
      <h1 id="register-title" tabIndex={-1}>{m.register.title}</h1>
      <p>{m.register.intro}</p>
      <form className="form register" onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
        <RadioGroup label={m.register.channel} name="channel" required value={draft.channel}
          options={optionsOf(CHANNELS, m.channel)} onChange={(channel) => set({ channel })} />
        <div className="two">
          <Select label={m.register.municipality} name="municipalityCode" required value={draft.municipalityCode}
            placeholder={m.register.chooseMunicipality}
            options={session.municipalities.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
            onChange={(municipalityCode) => set({ municipalityCode, agendaCode: '' })} />
          <Select label={m.register.agenda} name="agendaCode" required value={draft.agendaCode}
            placeholder={municipality ? m.register.chooseAgenda : m.register.agendaFirstMunicipality}
            disabled={!municipality} options={agreedAgendas}
            hint={municipality && agreedAgendas.length === 0 ? m.register.noAgendas : m.register.agendaHint}
            onChange={(agendaCode) => set({ agendaCode })} />
        </div>
        <div className="two">
          <Select label={m.register.kind} name="kind" required value={draft.kind} options={optionsOf(REQUEST_KINDS, m.kind)}
            hint={format(m.register.kindHint, { days: STATUTORY_DAYS[draft.kind] })}
            onChange={(kind) => set({ kind: kind as RequestKind })} />
          <Select label={m.register.urgency} name="urgency" required value={draft.urgency}
            options={optionsOf(URGENCIES, m.urgency)} onChange={(urgency) => set({ urgency })} />
        </div>
        <TextField label={m.register.subject} name="subject" required value={draft.subject}
          onChange={(subject) => set({ subject })} />
        <TextArea label={m.register.description} name="description" required rows={4} value={draft.description}
          onChange={(description) => set({ description })} />
        <fieldset className="group">
          <legend>{m.register.citizen}</legend>
          <div className="two">
            <TextField label={m.register.citizenName} name="citizenName" autoComplete="off" value={draft.citizenName}
              onChange={(citizenName) => set({ citizenName })} />
            <TextField label={m.register.citizenPhone} name="citizenPhone" type="tel" value={draft.citizenPhone}
              onChange={(citizenPhone) => set({ citizenPhone })} />
            <TextField label={m.register.citizenEmail} name="citizenEmail" type="email" value={draft.citizenEmail}
              onChange={(citizenEmail) => set({ citizenEmail })} />
            <TextField label={m.register.citizenAddress} name="citizenAddress" value={draft.citizenAddress}
              onChange={(citizenAddress) => set({ citizenAddress })} />
          </div>
        </fieldset>
        <TextField label={m.register.receivedAt} name="receivedAt" type="datetime-local" value={draft.receivedAt}
          hint={m.register.receivedAtHint} onChange={(receivedAt) => set({ receivedAt })} />
        <ErrorNotice error={result.error} />
        <div className="buttons">
          <button type="submit" disabled={result.fetching}>{m.register.submit}</button>
        </div>
      </form>
    </section>
  );
}
