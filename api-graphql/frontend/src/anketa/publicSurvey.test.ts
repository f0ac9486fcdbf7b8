import { describe, expect, it } from 'vitest';
import { refusalOf } from './publicSurvey';

const conflict = (message: string) => ({ message, extensions: { classification: 'CONFLICT' } });

describe('a refused survey answer in the citizen\'s terms', () => {
  it('names a used code', () => {
    expect(refusalOf(conflict('This satisfaction survey code has already been used; the survey accepts one answer only')))
      .toBe('used');
    expect(refusalOf(conflict('Request CSS-2026-000042 is CLOSED; already has an answer to the satisfaction survey'))).toBe('used');
  });

  it('names a late answer', () => {
    expect(refusalOf(conflict('Request CSS-2026-000042 is CLOSED; was offered the satisfaction survey on 1. 11. 2026; '
      + 'answers were accepted until 1. 12. 2026, so an answer on 2. 12. 2026 is too late'))).toBe('late');
  });

  it('names a survey withdrawn by reopening', () => {
    expect(refusalOf(conflict('Request CSS-2026-000042 is RECEIVED; no longer has the satisfaction survey this answer '
      + 'belongs to: it was withdrawn when the request was reopened'))).toBe('withdrawn');
  });

  it('names an unknown code and bad input', () => {
    expect(refusalOf({ message: 'No satisfaction survey has this code', extensions: { classification: 'NOT_FOUND' } }))
      .toBe('unknownCode');
    expect(refusalOf({ message: 'Score must be 1-5', extensions: { classification: 'BAD_REQUEST' } })).toBe('invalid');
  });

  it('falls back to "unavailable" for anything else', () => {
    expect(refusalOf({ message: 'Internal error', extensions: { classification: 'INTERNAL_ERROR' } })).toBe('unavailable');
    expect(refusalOf(undefined)).toBe('unavailable');
  });
});
