import { describe, expect, it } from 'vitest';
import { profileMessagesDe, profileMessagesEn } from './messages';
import { validatePin } from './pin';
import { validateProfileInput } from './profileInput';

describe('profile messages', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(profileMessagesEn.errors).sort()).toEqual(
      Object.keys(profileMessagesDe.errors).sort(),
    );
  });

  it('cover every key the validators return', () => {
    const known = new Set(Object.keys(profileMessagesDe.errors).map((key) => `profiles.errors.${key}`));
    const invalid = validateProfileInput({ name: '', initials: '1', roles: ['x'], pin: 'a' });
    const keys = [
      validatePin('12'),
      validatePin('1'.repeat(13)),
      validatePin('12ab'),
      ...Object.values(invalid.ok ? {} : invalid.errors),
    ];
    for (const key of keys) expect(known).toContain(key);
    expect(keys.length).toBeGreaterThan(5);
  });
});
