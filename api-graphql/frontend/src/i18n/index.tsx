import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { cs, type Messages } from './cs';
import { en } from './en';

export type Lang = 'cs' | 'en';
const catalogues: Record<Lang, Messages> = { cs, en };
const STORAGE_KEY = 'ledger.lang';
/** Times are stored in UTC and always shown in Prague time, whatever the browser's zone. */
export const PRAGUE = 'Europe/Prague';

export function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'cs' ? stored : 'cs';
}

/** Fills {name} placeholders. */
export function format(template: string, params: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

export interface I18n {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
  /** An ISO instant as day and time in Prague. */
  instant: (iso: string | null | undefined) => string;
  /** An ISO calendar day (2026-11-22) as a local day. */
  day: (iso: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'cs' ? 'cs-CZ' : 'en-GB';
    const instantFormat = new Intl.DateTimeFormat(locale, { timeZone: PRAGUE, dateStyle: 'short', timeStyle: 'short' });
    const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    return {
      lang,
      m: catalogues[lang],
      setLang,
      instant: (iso) => (iso ? instantFormat.format(new Date(iso)) : catalogues[lang].none),
      day: (iso) => (iso ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : catalogues[lang].none),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
