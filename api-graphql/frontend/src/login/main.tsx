import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n';
import { LoginPage } from './LoginPage';
import '../styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <LoginPage />
    </I18nProvider>
  </StrictMode>,
);
