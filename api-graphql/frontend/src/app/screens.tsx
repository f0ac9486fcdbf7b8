import type { ReactNode } from 'react';
import type { Role } from '../api/types';
import type { Messages } from '../i18n/cs';
import { OverviewPage } from '../overview/OverviewPage';
import { QueuePage } from '../queue/QueuePage';
import { RegisterPage } from '../register/RegisterPage';
import { RequestPage } from '../request/RequestPage';
import { AuditPage } from '../audit/AuditPage';
import { MayorPage } from '../statistics/MayorPage';
import { TrendsPage } from '../statistics/TrendsPage';

/**
 * The console's screens: where each lives, who may open it and whether the menu shows it.
 * A new screen (the mayor's dashboard, the analyst's trends, the auditor's history and
 * verification, the replay progress) is one entry here plus its component; see docs/ui.md.
 */
export interface Screen {
  id: string;
  /** Hash path; ":name" parts are parameters. */
  path: string;
  roles: Role[];
  /** The menu label; screens without one are reached by links (a request's detail). */
  nav?: (m: Messages) => string;
  render: (params: Record<string, string>) => ReactNode;
}

const READERS: Role[] = ['STAFF', 'SUPERVISOR', 'AUDITOR', 'MAYOR'];
const WORKERS: Role[] = ['STAFF', 'SUPERVISOR'];

export const SCREENS: Screen[] = [
  { id: 'queue', path: '/', roles: READERS, nav: (m) => m.nav.queue, render: () => <QueuePage /> },
  { id: 'register', path: '/novy', roles: WORKERS, nav: (m) => m.nav.register, render: () => <RegisterPage /> },
  { id: 'overview', path: '/prehled', roles: READERS, nav: (m) => m.nav.overview, render: () => <OverviewPage /> },
  { id: 'request', path: '/zadost/:number', roles: READERS, render: ({ number }) => <RequestPage number={number} /> },
  { id: 'mayor', path: '/starosta', roles: ['MAYOR', 'SUPERVISOR', 'STAFF', 'AUDITOR'], nav: (m) => m.nav.mayor, render: () => <MayorPage /> },
  { id: 'trends', path: '/trendy', roles: ['ANALYST', 'SUPERVISOR', 'STAFF', 'AUDITOR', 'MAYOR'], nav: (m) => m.nav.trends, render: () => <TrendsPage /> },
  { id: 'audit', path: '/audit/:number', roles: ['AUDITOR', 'SUPERVISOR'], render: ({ number }) => <AuditPage number={number} /> },
  { id: 'home', path: '/', roles: ['ANALYST'], render: () => <TrendsPage /> },
];

/** The first screen of the role whose path matches; null when none does (or the role may not open it). */
export function screenFor(path: string, role: Role, matcher: (pattern: string, path: string) => Record<string, string> | null) {
  for (const screen of SCREENS) {
    if (!screen.roles.includes(role)) continue;
    const params = matcher(screen.path, path);
    if (params) return { screen, params };
  }
  return null;
}
