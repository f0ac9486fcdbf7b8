import type { CombinedError } from 'urql';
import { refusalsOf } from '../api/errors';
import { useI18n } from '../i18n';

/** A refusal or failure as a readable message: what kind of refusal, then the ledger's own words. */
export function ErrorNotice({ error }: { error: CombinedError | undefined | null }) {
  const { m } = useI18n();
  const refusals = refusalsOf(error);
  if (refusals.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="refusal">
      {refusals.map((refusal, index) => (
        <p key={index}>
          <strong>{m.errors[refusal.kind]}.</strong> <span lang="en">{refusal.message}</span>
        </p>
      ))}
    </div>
  );
}
