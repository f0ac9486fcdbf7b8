import { describe, expect, it } from 'vitest';
import { allowedActions, isOverdue, todayInPrague } from './rules';

const staff = (status: Parameters<typeof allowedActions>[0]['status'], agendaAgreed = true) =>
  allowedActions({ status, agendaAgreed }, 'STAFF');

describe('actions offered in each state mirror CitizenRequest', () => {
  it('offers resolving or routing a received request in an agreed agenda, not declining it', () => {
    expect(staff('RECEIVED')).toEqual(['resolve', 'route', 'withdraw', 'reclassify', 'assign', 'note']);
  });

  it('offers only declining (besides reclassifying) a received request outside the agreed agendas', () => {
    expect(staff('RECEIVED', false)).toEqual(['decline', 'withdraw', 'reclassify', 'assign', 'note']);
  });

  it('does not offer closing before the mayor is informed', () => {
    expect(staff('RESOLVED_BY_CSS')).toEqual(['informMayor', 'notify', 'assign', 'note']);
    expect(staff('RESOLVED_BY_CSS')).not.toContain('close');
  });

  it('offers closing once the mayor is informed', () => {
    expect(staff('MAYOR_INFORMED')).toEqual(['notify', 'close', 'assign', 'note']);
  });

  it("offers supporting documents, the municipality's answer and withdrawal for a routed request", () => {
    expect(staff('ROUTED_TO_MUNICIPALITY')).toEqual(['documents', 'municipalityResolved', 'returned', 'withdraw', 'assign', 'note']);
  });

  it('offers closing a request the municipality resolved', () => {
    expect(staff('RESOLVED_BY_MUNICIPALITY')).toEqual(['notify', 'close', 'assign', 'note']);
  });

  it('treats a returned request like a received one', () => {
    expect(staff('RETURNED_TO_CSS')).toEqual(staff('RECEIVED'));
  });

  it('offers reopening closed and declined requests', () => {
    expect(staff('CLOSED')).toEqual(['notify', 'reopen', 'note']);
    expect(staff('DECLINED', false)).toEqual(['notify', 'close', 'reopen', 'assign', 'note']);
  });

  it('offers only a note on a withdrawn request', () => {
    expect(staff('WITHDRAWN')).toEqual(['note']);
  });

  it('offers nothing to roles that only read', () => {
    for (const role of ['AUDITOR', 'MAYOR', 'ANALYST'] as const) {
      expect(allowedActions({ status: 'RECEIVED', agendaAgreed: true }, role)).toEqual([]);
    }
  });
});

describe('overdue', () => {
  it('is an open request whose respond-by day has passed', () => {
    expect(isOverdue({ status: 'RECEIVED', respondBy: '2026-11-01' }, '2026-11-02')).toBe(true);
    expect(isOverdue({ status: 'RECEIVED', respondBy: '2026-11-02' }, '2026-11-02')).toBe(false);
  });

  it('is never a request that already has an outcome', () => {
    expect(isOverdue({ status: 'CLOSED', respondBy: '2026-11-01' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'MAYOR_INFORMED', respondBy: '2026-11-01' }, '2026-12-01')).toBe(false);
  });

  it('counts days in Prague', () => {
    expect(todayInPrague(new Date('2026-11-01T23:30:00Z'))).toBe('2026-11-02');
  });
});
