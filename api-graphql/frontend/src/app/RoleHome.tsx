import { format, useI18n } from '../i18n';
import { useSession } from './session';

/** The landing screen of a role whose own screens are still to come (the analyst's trends). */
export function RoleHome() {
  const { m } = useI18n();
  const { me } = useSession();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1}>{m.appName}</h1>
      <p>{me.role === 'ANALYST' ? m.home.analystComing : format(m.home.noScreens, { role: m.role[me.role] })}</p>
    </section>
  );
}
