import { describe, expect, it } from 'vitest';
import type { Profile } from '../workflow/roles';
import { validateProfileInput, wouldLeaveNoAdmin } from './profileInput';

const existing: Profile[] = [
  { id: 'a', name: 'Anna Müller', initials: 'AM', roles: ['admin'] },
  { id: 'b', name: 'Jörg Weiß', initials: 'JW', roles: ['editor'] },
];

describe('validateProfileInput', () => {
  it('normalises a valid input', () => {
    expect(
      validateProfileInput({
        name: '  Özlem   Yıldız ',
        initials: '',
        roles: ['admin', 'editor', 'editor'],
        pin: '',
      }),
    ).toEqual({
      ok: true,
      value: { name: 'Özlem Yıldız', initials: 'ÖY', roles: ['editor', 'admin'], pin: null },
    });
    expect(validateProfileInput({ name: 'Ben', initials: 'bk', roles: ['approver'], pin: '0815' })).toEqual({
      ok: true,
      value: { name: 'Ben', initials: 'BK', roles: ['approver'], pin: '0815' },
    });
  });

  it('names every problem with an i18n key', () => {
    expect(validateProfileInput({ name: ' ', initials: 'A1', roles: [], pin: '12' })).toEqual({
      ok: false,
      errors: {
        name: 'profiles.errors.nameRequired',
        initials: 'profiles.errors.initialsFormat',
        roles: 'profiles.errors.roleRequired',
        pin: 'profiles.errors.pinTooShort',
      },
    });
    expect(
      validateProfileInput({ name: 'x'.repeat(81), initials: 'ABCD', roles: ['boss'], pin: null }),
    ).toEqual({
      ok: false,
      errors: {
        name: 'profiles.errors.nameTooLong',
        initials: 'profiles.errors.initialsFormat',
        roles: 'profiles.errors.unknownRole',
      },
    });
    expect(validateProfileInput({ name: ' ', initials: '', roles: ['editor'], pin: null })).toMatchObject({
      errors: { initials: 'profiles.errors.initialsRequired' },
    });
  });

  it('keeps names and initials unique, except for the profile itself', () => {
    const input = { name: 'anna  MÜLLER', initials: 'jw', roles: ['editor'], pin: null };
    expect(validateProfileInput(input, { existing })).toEqual({
      ok: false,
      errors: { name: 'profiles.errors.nameTaken', initials: 'profiles.errors.initialsTaken' },
    });
    expect(validateProfileInput({ ...input, initials: 'AM' }, { existing, selfId: 'a' }).ok).toBe(true);
  });
});

describe('wouldLeaveNoAdmin', () => {
  it('refuses to remove or demote the last admin', () => {
    expect(wouldLeaveNoAdmin(existing, { id: 'a', removed: true })).toBe(true);
    expect(wouldLeaveNoAdmin(existing, { id: 'a', roles: ['editor'] })).toBe(true);
    expect(wouldLeaveNoAdmin(existing, { id: 'b', removed: true })).toBe(false);
    expect(wouldLeaveNoAdmin(existing, { id: 'a', roles: ['admin', 'approver'] })).toBe(false);
  });

  it('allows it when another admin remains or is added', () => {
    const two = [...existing, { id: 'c', roles: ['admin' as const] }];
    expect(wouldLeaveNoAdmin(two, { id: 'a', removed: true })).toBe(false);
    expect(wouldLeaveNoAdmin([], { id: 'first', roles: ['admin'] })).toBe(false);
    expect(wouldLeaveNoAdmin([], { id: 'first', roles: ['editor'] })).toBe(true);
  });
});
