/**
 * Check digits of bank and social-security numbers: IBAN (ISO 13616, mod 97 = 1) and the Swiss AHV number
 * (EAN-13 check digit). Pure string arithmetic; no bank or country data beyond the IBAN lengths.
 */

/** IBAN length per country (SWIFT IBAN registry), for the countries a German-speaking desk meets most. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  DE: 22, AT: 20, CH: 21, LI: 21, LU: 20, NL: 18, BE: 16, FR: 27, IT: 27, ES: 24, PL: 28, CZ: 24, DK: 18,
  GB: 22, IE: 22, PT: 25, SE: 24, NO: 15, FI: 18, HU: 28, SK: 24, SI: 19, HR: 21, GR: 27, RO: 24, BG: 22,
  EE: 20, LV: 21, LT: 20, MT: 31, CY: 28, IS: 26, TR: 26, MC: 27, SM: 27, AD: 24,
}; // prettier-ignore

/** True when `compact` (no spaces, upper case) is a well-formed IBAN with a valid mod-97 checksum. */
export function isValidIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** True when `digits` (13 digits, starting 756) carries a valid EAN-13 check digit. */
export function isValidAhv(digits: string): boolean {
  if (!/^756\d{10}$/u.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}
