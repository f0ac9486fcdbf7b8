import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { CATALOGUE, ME } from '../api/documents';
import type { Agenda, Me, Municipality } from '../api/types';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useI18n } from '../i18n';

/** Who is signed in and the catalogue (municipalities with their agreed agendas), loaded once. */
export interface Session {
  me: Me;
  municipalities: Municipality[];
  agendas: Agenda[];
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { m } = useI18n();
  const [me] = useQuery<{ me: Me }>({ query: ME });
  const [catalogue] = useQuery<{ municipalities: Municipality[]; agendas: Agenda[] }>({ query: CATALOGUE });
  const error = me.error ?? catalogue.error;
  if (error) return <main className="page"><ErrorNotice error={error} /></main>;
  if (!me.data || !catalogue.data) return <main className="page"><p role="status">{m.loading}</p></main>;
  const municipalities = [...catalogue.data.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  const session = { me: me.data.me, municipalities, agendas: catalogue.data.agendas };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Whether a municipality agrees that citizens turn to the CSS in an agenda. */
export function isAgreed(session: Session, municipalityCode: string, agendaCode: string): boolean {
  return session.municipalities.some((municipality) => municipality.code === municipalityCode
    && municipality.agreedAgendas.some((agreed) => agreed.agendaCode === agendaCode));
}
