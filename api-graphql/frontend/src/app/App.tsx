import { useEffect, useRef, useState } from 'react';
import { signOut } from '../api/csrf';
import { format, useI18n } from '../i18n';
import { href, match, useHashPath } from './router';
import { SCREENS, screenFor } from './screens';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { m, lang, setLang } = useI18n();
  const { me } = useSession();
  const path = useHashPath();
  const found = screenFor(path, me.role, match);
  const mainRef = useRef<HTMLElement>(null);
  const graphiql = useGraphiqlAvailable();

  // After each move to another screen, put the keyboard focus on its heading.
  useEffect(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }, [path]);

  const menu = SCREENS.filter((screen) => screen.nav && screen.roles.includes(me.role));
  const who = format(m.signedInAs, {
    name: me.municipalityName ? `${me.username}, ${me.municipalityName}` : me.username,
    role: m.role[me.role],
  });
  return (
    <>
      <a className="skip-link" href="#content" onClick={(event) => {
        event.preventDefault();
        mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
      }}>{m.skipToContent}</a>
      <header className="top">
        <div className="brand">
          <span className="brand-name">{m.appName}</span>
          <span className="brand-sub">{m.appSubtitle}</span>
        </div>
        <nav aria-label={m.nav.main} className="menu">
          <ul>
            {menu.map((screen) => (
              <li key={screen.id}>
                <a href={href(screen.path)} aria-current={found?.screen.id === screen.id ? 'page' : undefined}>
                  {screen.nav!(m)}
                </a>
              </li>
            ))}
            {graphiql && <li><a href="/graphiql">{m.nav.graphiql}</a></li>}
          </ul>
        </nav>
        <div className="user">
          <span className="who" data-testid="who">{who}</span>
          <button type="button" className="link-button" lang={lang === 'cs' ? 'en' : 'cs'}
            aria-label={m.switchLanguageLabel} onClick={() => setLang(lang === 'cs' ? 'en' : 'cs')}>
            {m.switchLanguage}
          </button>
          <button type="button" className="link-button" onClick={() => void signOut()}>{m.signOut}</button>
        </div>
      </header>
      <main id="content" ref={mainRef} className="page">
        {found ? found.screen.render(found.params) : <p>{format(m.home.noScreens, { role: m.role[me.role] })}</p>}
      </main>
    </>
  );
}

/** The bundled GraphiQL is switched off in production unless configured on: link to it only when it answers. */
function useGraphiqlAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    fetch('/graphiql', { method: 'HEAD', credentials: 'same-origin' })
      .then((response) => setAvailable(response.ok))
      .catch(() => setAvailable(false));
  }, []);
  return available;
}
