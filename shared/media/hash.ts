/**
 * SHA-256 of a file's bytes, the id of a media record: the same file is stored once. WebCrypto is global in
 * browsers, Electron's renderer and Node 20; shared/ compiles without DOM or Node types, so the one call used is
 * typed here.
 */

interface DigestOnly {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

function subtleCrypto(): DigestOnly {
  const { crypto } = globalThis as { crypto?: { subtle?: DigestOnly } };
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this environment');
  return crypto.subtle;
}

/** Lower-case hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtleCrypto().digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
