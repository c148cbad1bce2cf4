/**
 * CRC-32 (the zip/PNG polynomial) over UTF-8 text, as 8 hex digits.
 *
 * Used by share links to catch a link that was truncated or mistyped. It is an
 * integrity check, not a signature: anyone can make a valid link, and nothing
 * trusts a link for more than showing the scores in it. It is synchronous
 * (unlike `crypto.subtle`, which is also missing on plain-http LAN addresses).
 */
let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

function crc32(input: string | Uint8Array): number {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const t = crcTable();
  let crc = 0xffffffff;
  for (const b of bytes) crc = t[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 as 8 lower-case hex digits. */
export function crc32Hex(input: string | Uint8Array): string {
  return crc32(input).toString(16).padStart(8, '0');
}
