/**
 * The shape both kinds of share link (results and charts) carry in the URL
 * fragment, which browsers never send to a server:
 *
 *   <version>.<payload>.<check>
 *
 * payload is base64url of JSON; check is the CRC-32 of "<version>.<payload>",
 * so a link cut short or altered is caught before its contents are read.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { crc32Hex } from './checksum';

/** The fragment body for a value: "<version>.<payload>.<check>". */
export function writePayload(version: number, value: unknown): string {
  const body = `${version}.${encodeBase64url(JSON.stringify(value))}`;
  return `${body}.${crc32Hex(body)}`;
}

export type ReadPayload =
  | { ok: true; payload: string; text: string | undefined }
  | { ok: false; problem: 'version'; detail: string }
  | { ok: false; problem: 'damaged' | 'checksum' };

/** Checks a fragment body's version and checksum; `payload` is as written, `text` decoded (undefined when not base64url). */
export function readPayload(body: string, version: number): ReadPayload {
  const parts = body.trim().split('.');
  const found = parts[0] ?? '';
  if (/^\d+$/.test(found) && Number(found) !== version) return { ok: false, problem: 'version', detail: found };
  if (parts.length !== 3 || found !== String(version)) return { ok: false, problem: 'damaged' };
  const [, payload = '', check = ''] = parts;
  if (!/^[0-9a-f]{8}$/.test(check) || crc32Hex(`${found}.${payload}`) !== check) return { ok: false, problem: 'checksum' };
  return { ok: true, payload, text: decodeBase64url(payload) };
}
