import { useState } from 'react';
import { csrfHeaders } from '../api/csrf';
import { useI18n } from '../i18n';
import { TextField } from '../ui/fields';
import { PublicHeader } from '../ui/PublicHeader';

type Problem = 'failed' | 'unreachable' | null;

/**
 * Spring Security's form login (POST /login) with the CSRF token from the XSRF-TOKEN cookie as a
 * header. On success the server redirects to the page that asked for sign-in, which we then open.
 */
export function LoginPage() {
  const { m } = useI18n();
  const params = new URLSearchParams(window.location.search);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem>(params.has('error') ? 'failed' : null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch('/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...csrfHeaders() },
        body: new URLSearchParams({ username, password }),
        credentials: 'same-origin',
      });
      const landed = new URL(response.url);
      if (!response.ok || (landed.pathname.startsWith('/login') && landed.searchParams.has('error'))) {
        setProblem('failed');
        setPassword('');
      } else {
        window.location.assign(landed.pathname.startsWith('/login') ? '/' : `${landed.pathname}${landed.search}${window.location.hash}`);
      }
    } catch {
      setProblem('unreachable');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PublicHeader name={m.appName} sub={m.appSubtitle} />
      <main className="page login">
        <section className="panel" aria-labelledby="login-title">
          <h1 id="login-title">{m.login.title}</h1>
          <p>{m.login.intro}</p>
          {problem && <p className="notice notice-error" role="alert">{m.login[problem]}</p>}
          {!problem && params.has('logout') && <p className="notice notice-ok" role="status">{m.login.loggedOut}</p>}
          <form className="form" method="post" action="/login" onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}>
            <TextField label={m.login.username} name="username" required autoFocus autoComplete="username"
              value={username} onChange={setUsername} />
            <TextField label={m.login.password} name="password" type="password" required autoComplete="current-password"
              value={password} onChange={setPassword} />
            <div className="buttons">
              <button type="submit" disabled={busy}>{m.login.submit}</button>
            </div>
          </form>
        </section>
      </main>
    </>
  );
}
