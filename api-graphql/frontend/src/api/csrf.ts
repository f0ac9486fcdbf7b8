/**
 * Spring Security keeps the CSRF token in the XSRF-TOKEN cookie, readable by this script; every
 * state-changing request sends it back as the X-XSRF-TOKEN header. Read afresh each time: signing
 * in replaces the token.
 */
export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith(prefix));
  return cookie === undefined ? undefined : decodeURIComponent(cookie.slice(prefix.length));
}

export function csrfHeaders(): Record<string, string> {
  const token = readCookie('XSRF-TOKEN');
  return token ? { 'X-XSRF-TOKEN': token } : {};
}

/**
 * fetch for the API: the CSRF header, and X-Requested-With so that an ended session answers 401
 * (not a browser password dialog); on 401 the browser goes to the login page.
 */
export async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set('X-Requested-With', 'XMLHttpRequest');
  for (const [name, value] of Object.entries(csrfHeaders())) headers.set(name, value);
  const response = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  if (response.status === 401) window.location.assign('/login');
  return response;
}

/** Signs out (POST /logout with the CSRF header) and shows the login page. */
export async function signOut(): Promise<void> {
  await apiFetch('/logout', { method: 'POST' });
  window.location.assign('/login?logout');
}
