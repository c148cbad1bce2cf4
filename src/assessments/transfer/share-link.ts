/**
 * Share links: a person's current scores for one instrument, carried in the
 * URL fragment so they are never sent to any server (browsers do not send the
 * part after `#`).
 *
 *   <base>/assessments/shared/#r=1.<payload>.<check>
 *
 *   1        the link format version (SHARE_VERSION)
 *   payload  base64url of the JSON array [instrument id, items fingerprint,
 *            time answered (Unix seconds, base 36), scores]
 *            scores: one character per item in the instrument's order, the
 *            index of the chosen point on the scale in base 36, "-" if unanswered
 *   check    CRC-32 of "1.<payload>", 8 hex digits: a truncated or altered
 *            link is caught before anything is shown
 *
 * The fingerprint (CRC-32 of the item ids and scale values) tells a link made
 * for an older wording of the instrument apart from a current one. Notes are
 * private and never put in a link.
 */
import type { Instrument } from '../instrument';
import { FUTURE_ALLOWANCE_MS, RECORD_VERSION, type AnswerRecord } from '../../schemas/answers-core';
import { readPayload, writePayload } from '../../site/lib/fragment-payload';
import { itemIds } from '../catalogue';
import { crc32Hex } from '../../site/lib/checksum';
import { localDate } from '../../site/lib/format';

export const SHARE_VERSION = 1;
const PREFIX = '#r=';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short hash of what the scores mean: the item ids in order and the scale. */
export function fingerprint(instrument: Instrument): string {
  return crc32Hex(`${itemIds(instrument).join(',')}|${instrument.scale.points.map((p) => p.value).join(',')}`);
}

export interface SharedResult {
  instrument: string;
  /** When the answers were last changed, to the second. */
  answeredAt: string;
  /** Scores by item id; unanswered items are absent. */
  values: Record<string, number>;
  /** The payload part of the link: the same answers always give the same payload. */
  payload: string;
}

export type ShareProblem =
  | 'missing' // no share data in the address
  | 'damaged' // not in the link format at all, or cut short
  | 'checksum' // the check does not match: altered or truncated
  | 'version' // made by a newer (or unknown) link format
  | 'instrument' // an instrument this site does not have
  | 'changed' // the instrument's items or scale changed since the link was made
  | 'future' // answered after now: made on a computer whose clock was wrong, or altered
  | 'empty'; // well made, but no statement answered (QI Hub never makes one): shown, it would read as scores of 0

export type DecodedShare = { ok: true; result: SharedResult } | { ok: false; problem: ShareProblem; detail?: string };

/**
 * The fragment (starting with "#") for the current answers of a record, dated
 * no later than now (links dated in the future are refused). Throws if the
 * scale has more than 36 points.
 */
export function encodeShare(record: AnswerRecord, instrument: Instrument, now = Date.now()): string {
  if (instrument.scale.points.length > DIGITS.length) throw new Error('This scale has too many points for a share link.');
  const scores = itemIds(instrument)
    .map((id) => {
      const value = record.answers[id]?.value;
      const index = instrument.scale.points.findIndex((p) => p.value === value);
      return value === undefined || index < 0 ? '-' : DIGITS[index];
    })
    .join('');
  const seconds = Math.floor(Math.min(Date.parse(record.updatedAt), now) / 1000).toString(36);
  return `${PREFIX}${writePayload(SHARE_VERSION, [instrument.id, fingerprint(instrument), seconds, scores])}`;
}

/** The full share link: the shared-results page address plus the fragment. */
export function shareUrl(sharedPage: string, record: AnswerRecord, instrument: Instrument): string {
  return `${sharedPage.split('#')[0]}${encodeShare(record, instrument)}`;
}

/** A share link's fragment inside other text: the prefix, then the characters writePayload uses (digits, base64url, dots). */
const LINK_IN_TEXT = new RegExp(`${PREFIX}[\\w.-]*`, 'g');

/**
 * The share links in pasted text, in order, however people sent them by
 * email or chat: "Tom: https://…#r=… thanks!", two on one line, one inside
 * <…> or at the end of a sentence. Each is its fragment, up to where the
 * characters a link can hold end (a full stop after it is left out: a link
 * never ends with one). A line with no link but something like an address in
 * it ("://", "www." or "#r") is kept whole, for decodeShare to say what is
 * wrong with it; a line of words alone is left out.
 */
export function shareLinksIn(text: string): string[] {
  const links: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const found = line.match(LINK_IN_TEXT);
    if (found) links.push(...found.map((link) => link.replace(/\.+$/, '')));
    else if (/#r|:\/\/|www\./i.test(line)) links.push(line.trim());
  }
  return links;
}

/** Reads a share link (a full URL or just its fragment) against the instruments this site has. */
export function decodeShare(link: string, catalogue: readonly Instrument[], now = Date.now()): DecodedShare {
  const at = link.indexOf(PREFIX);
  if (at < 0) return { ok: false, problem: link.includes('#') && link.trim().length > 1 ? 'damaged' : 'missing' };
  const read = readPayload(link.slice(at + PREFIX.length), SHARE_VERSION);
  if (!read.ok) return read;
  const { payload, text } = read;
  let data: unknown;
  try {
    data = text === undefined ? undefined : JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (
    !Array.isArray(data) ||
    data.length !== 4 ||
    !data.every((d) => typeof d === 'string') ||
    !/^[0-9a-z]{1,10}$/.test(String(data[2]))
  ) {
    return { ok: false, problem: 'damaged' };
  }
  const [id, print, seconds, scores] = data as [string, string, string, string];
  const instrument = catalogue.find((i) => i.id === id);
  if (!instrument) return { ok: false, problem: 'instrument', detail: id.slice(0, 80) };
  const ids = itemIds(instrument);
  if (print !== fingerprint(instrument) || scores.length !== ids.length) return { ok: false, problem: 'changed', detail: instrument.title };
  const values: Record<string, number> = {};
  for (let i = 0; i < ids.length; i++) {
    const c = scores[i]!;
    if (c === '-') continue;
    const point = instrument.scale.points[DIGITS.indexOf(c)];
    if (!point) return { ok: false, problem: 'damaged' };
    values[ids[i]!] = point.value;
  }
  const ms = parseInt(seconds, 36) * 1000;
  if (!Number.isSafeInteger(ms) || ms > 8.64e15) return { ok: false, problem: 'damaged' };
  if (ms > now + FUTURE_ALLOWANCE_MS) return { ok: false, problem: 'future', detail: new Date(ms).toISOString() };
  if (Object.keys(values).length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, result: { instrument: id, answeredAt: new Date(ms).toISOString(), values, payload } };
}

const dateOf = (iso: string) => {
  const d = new Date(iso);
  return d.getUTCFullYear() > 9999 ? `a date in the year ${d.getUTCFullYear()}` : localDate(iso);
};

/** What the shared-results page says for each problem. */
export function describeShareProblem(problem: ShareProblem, detail?: string): string {
  switch (problem) {
    case 'missing':
      return 'This address has no shared results in it. Ask the person who shared them to send the whole link again.';
    case 'damaged':
      return 'This link is damaged: part of it is missing or has been changed. Ask the person who shared it to send the whole link again.';
    case 'checksum':
      return 'This link has been changed or cut short, so its results cannot be trusted and are not shown. Ask the person who shared it to send the whole link again.';
    case 'version':
      return `This link was made by a different version of QI Hub (link format ${detail ?? 'unknown'}), which this site cannot read.`;
    case 'instrument':
      return `This link is for an assessment this site does not have${detail ? ` ("${detail}")` : ''}.`;
    case 'changed':
      return `This link was made for an earlier version of ${detail ? `“${detail}”` : 'this assessment'}. Its questions have changed since, so the results cannot be shown against them.`;
    case 'empty':
      return 'This link has no answers in it. Ask the person who shared it to answer at least one statement, then make the link again.';
    case 'future':
      return `This link says the answers were given ${detail ? `on ${dateOf(detail)}, ` : ''}which is later than now. The computer it was made on may have the wrong date, or the link was changed. Ask the person who shared it to check their computer’s date and make the link again.`;
  }
}

/** A record holding the shared answers, for saving into this browser through the import preview. */
export function sharedToRecord(result: SharedResult): AnswerRecord {
  const answers: AnswerRecord['answers'] = {};
  for (const [item, value] of Object.entries(result.values)) answers[item] = { value, at: result.answeredAt };
  return { v: RECORD_VERSION, instrument: result.instrument, updatedAt: result.answeredAt, answers, snapshots: [] };
}
