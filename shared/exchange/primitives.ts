/** Building blocks of the file formats' schemas. */
import { z } from 'zod';
import { CHANNELS } from '../model/channels';

/** An instant with its offset (`2026-11-26T10:00:00+01:00`) or in UTC (`…Z`). */
export const instant = z.iso.datetime({ offset: true });
/** An instant in UTC (`2026-11-26T09:00:00.000Z`). */
export const utcInstant = z.iso.datetime();
export const id = z.string().trim().min(1).max(200);
export const channel = z.enum(CHANNELS);
export const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex (64 characters)');
