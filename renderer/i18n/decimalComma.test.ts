import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

describe('numbers in messages', () => {
  it.each([
    ['de-DE', '0,563'],
    ['de-CH', '0,563'],
    ['de-AT', '0,563'],
    ['en', '0.563'],
  ] as const)('%s writes the aspect ratio of a 9:16 image as %s:1', (locale, ratio) => {
    const i18n = createI18n(locale);
    const text = i18n.t('limits.aspectRatioOutOfRange', {
      position: 1,
      fileName: 'quiz.jpg',
      network: 'Instagram',
      width: 1080,
      height: 1920,
      ratio: 0.563,
      min: 0.8,
      max: 1.91,
    });
    expect(text).toContain(`${ratio}:1`);
    expect(text).toContain(locale === 'en' ? '1.91:1' : '1,91:1');
  });

  it('keeps each locale grouping of thousands', () => {
    const i18n = createI18n('de-DE');
    expect(i18n.t('limits.textTooLong', { over: 1, used: 63207, max: 63206, network: 'Facebook' })).toContain(
      '63.206',
    );
  });
});
