import { describe, expect, it } from 'vitest';
import type { UiLocale } from '../../../shared/model/settings';
import { centsToInput, formatEuro, parseEuroToCents } from './euro';

describe('parseEuroToCents', () => {
  it.each<{ locale: UiLocale; input: string; cents: number }>([
    { locale: 'de-DE', input: '1.500,50', cents: 150050 },
    { locale: 'de-DE', input: '1.500,50 €', cents: 150050 },
    { locale: 'de-DE', input: '1500,5', cents: 150050 },
    { locale: 'de-DE', input: '1.500', cents: 150000 },
    { locale: 'de-DE', input: ' 12 ', cents: 1200 },
    { locale: 'de-DE', input: '', cents: 0 },
    { locale: 'de-DE', input: '0,99', cents: 99 },
    { locale: 'de-AT', input: 'EUR 2.000,00', cents: 200000 },
    { locale: 'de-AT', input: '€ 1\u00a0500,50', cents: 150050 },
    { locale: 'de-CH', input: '1’500.50', cents: 150050 },
    { locale: 'de-CH', input: "1'500.50", cents: 150050 },
    { locale: 'en', input: '€1,500.50', cents: 150050 },
  ])('$locale reads "$input" as $cents cents', ({ locale, input, cents }) => {
    expect(parseEuroToCents(input, locale)).toEqual({ ok: true, cents });
  });

  it.each<{ locale: UiLocale; input: string; error: string }>([
    { locale: 'de-DE', input: '1500.50', error: 'amountInvalid' },
    { locale: 'de-DE', input: '1,505', error: 'amountInvalid' },
    { locale: 'de-DE', input: '-5', error: 'amountInvalid' },
    { locale: 'de-DE', input: 'zehn', error: 'amountInvalid' },
    { locale: 'de-DE', input: '1.50.000', error: 'amountInvalid' },
    { locale: 'en', input: '1.500,50', error: 'amountInvalid' },
    { locale: 'de-DE', input: '12345678901', error: 'amountTooLarge' },
  ])('$locale rejects "$input"', ({ locale, input, error }) => {
    expect(parseEuroToCents(input, locale)).toEqual({ ok: false, error });
  });
});

describe('formatting', () => {
  it('formats cents as euros in the UI language and back into a form value', () => {
    expect(formatEuro(150050, 'de-DE').replace(/\s/g, ' ')).toBe('1.500,50 €');
    expect(formatEuro(150050, 'en')).toBe('€1,500.50');
    expect(centsToInput(150050, 'de-DE')).toBe('1500,50');
    expect(centsToInput(150050, 'de-CH')).toBe('1500.50');
    expect(parseEuroToCents(centsToInput(123456789, 'de-AT'), 'de-AT')).toEqual({
      ok: true,
      cents: 123456789,
    });
  });
});
