import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n';
import { SurveyAnswerPage } from './SurveyAnswerPage';
import '../styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SurveyAnswerPage />
    </I18nProvider>
  </StrictMode>,
);
