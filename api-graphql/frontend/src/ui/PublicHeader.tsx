import { useI18n } from '../i18n';

/** The header of the pages open before sign-in (login, the citizen's survey): a name, a line under it, the language switch. */
export function PublicHeader({ name, sub }: { name: string; sub: string }) {
  const { m, lang, setLang } = useI18n();
  return (
    <header className="top">
      <div className="brand">
        <span className="brand-name">{name}</span>
        <span className="brand-sub">{sub}</span>
      </div>
      <div className="user">
        <button type="button" className="link-button" lang={lang === 'cs' ? 'en' : 'cs'} aria-label={m.switchLanguageLabel}
          onClick={() => setLang(lang === 'cs' ? 'en' : 'cs')}>{m.switchLanguage}</button>
      </div>
    </header>
  );
}
