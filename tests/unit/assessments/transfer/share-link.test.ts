import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../../src/site/lib/base64url';
import { crc32Hex } from '../../../../src/site/lib/checksum';
import { decodeShare, describeShareProblem, encodeShare, fingerprint, shareUrl, sharedToRecord } from '../../../../src/assessments/transfer/share-link';
import { agree, catalogue, rating, richRecord } from '../../fixtures/instruments';

const link = () => shareUrl('https://example.nhs.uk/qi-hub/assessments/shared/', richRecord(), rating);

describe('checksum and base64url', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32Hex('')).toBe('00000000');
  });

  it('round-trips Welsh letters and emoji, and refuses what is not base64url', () => {
    const s = 'ŵ ŷ 🎉 "quotes"';
    expect(decodeBase64url(encodeBase64url(s))).toBe(s);
    expect(encodeBase64url(s)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBase64url('abc+')).toBeUndefined();
    expect(decodeBase64url('a')).toBeUndefined();
  });
});

describe('share links', () => {
  it('put the answers in the fragment, never the query, under the base path', () => {
    const u = new URL(link());
    expect(u.pathname).toBe('/qi-hub/assessments/shared/');
    expect(u.search).toBe('');
    expect(u.hash).toMatch(/^#r=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  });

  it('round-trip the scores (not the private notes)', () => {
    const decoded = decodeShare(link(), catalogue);
    expect(decoded).toEqual({
      ok: true,
      result: { instrument: 'readiness', answeredAt: '2025-03-01T10:20:00.000Z', values: { open: 3, ideas: 0 }, payload: expect.any(String) },
    });
    expect(link()).not.toContain(encodeBase64url('Mae’r'));
  });

  it('round-trip a scale that does not start at 0', () => {
    const record = { v: 1 as const, instrument: 'well-led', updatedAt: '2025-01-01T00:00:00.000Z', answers: { 'clear-vision': { value: 5, at: '2025-01-01T00:00:00.000Z' }, 'open-culture': { value: 1, at: '2025-01-01T00:00:00.000Z' } }, snapshots: [] };
    const decoded = decodeShare(encodeShare(record, agree), catalogue);
    expect(decoded.ok && decoded.result.values).toEqual({ 'clear-vision': 5, 'open-culture': 1 });
  });

  it('with no answers in them are refused, not read as scores of 0', () => {
    const record = { v: 1 as const, instrument: 'well-led', updatedAt: '2025-01-01T00:00:00.000Z', answers: {}, snapshots: [] };
    expect(decodeShare(encodeShare(record, agree), catalogue)).toEqual({ ok: false, problem: 'empty' });
    expect(describeShareProblem('empty')).toMatch(/^This link has no answers in it\./);
  });

  it('are compact', () => {
    expect(encodeShare(richRecord(), rating).length).toBeLessThan(100);
  });

  it('report a tampered link and show nothing', () => {
    const good = link();
    const [head, payload, check] = good.split('#r=')[1]!.split('.') as [string, string, string];
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
    expect(decodeShare(`#r=${head}.${flipped}.${check}`, catalogue)).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeShare(`#r=${head}.${payload}.00000000`, catalogue)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('report a truncated link', () => {
    const good = link();
    for (const cut of [good.length - 1, good.length - 9, good.length - 20, good.indexOf('#r=') + 5]) {
      const r = decodeShare(good.slice(0, cut), catalogue);
      expect(r.ok, good.slice(0, cut)).toBe(false);
    }
  });

  it('report a link from another format version, and a missing one', () => {
    expect(decodeShare('#r=2.abc.12345678', catalogue)).toEqual({ ok: false, problem: 'version', detail: '2' });
    expect(decodeShare('https://example.nhs.uk/assessments/shared/', catalogue)).toEqual({ ok: false, problem: 'missing' });
    expect(decodeShare('#nonsense', catalogue)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('report an unknown instrument and an instrument whose items changed, even with a valid checksum', () => {
    const forge = (data: unknown) => {
      const body = `1.${encodeBase64url(JSON.stringify(data))}`;
      return `#r=${body}.${crc32Hex(body)}`;
    };
    expect(decodeShare(forge(['nope', '00000000', 'abc', '123']), catalogue)).toEqual({ ok: false, problem: 'instrument', detail: 'nope' });
    expect(decodeShare(forge(['readiness', '00000000', 'abc', '123']), catalogue)).toMatchObject({ ok: false, problem: 'changed' });
    expect(decodeShare(forge(['readiness', fingerprint(rating), 'abc', '12']), catalogue)).toMatchObject({ ok: false, problem: 'changed' });
    expect(decodeShare(forge(['readiness', fingerprint(rating), 'abc', '1z3']), catalogue)).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeShare(forge({ a: 1 }), catalogue)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('explain every problem in words', () => {
    for (const p of ['missing', 'damaged', 'checksum', 'version', 'instrument', 'changed'] as const) expect(describeShareProblem(p).length).toBeGreaterThan(20);
  });

  it('turn into a record to save in this browser', () => {
    const decoded = decodeShare(link(), catalogue);
    if (!decoded.ok) throw new Error('bad link');
    const record = sharedToRecord(decoded.result);
    expect(record).toEqual({
      v: 1,
      instrument: 'readiness',
      updatedAt: '2025-03-01T10:20:00.000Z',
      answers: { open: { value: 3, at: '2025-03-01T10:20:00.000Z' }, ideas: { value: 0, at: '2025-03-01T10:20:00.000Z' } },
      snapshots: [],
    });
  });
});

describe('share links dated in the future', () => {
  it('are refused with a message that says why', () => {
    const r = { ...richRecord(), updatedAt: '2025-03-01T12:00:00.000Z' };
    const fragment = encodeShare(r, rating);
    expect(decodeShare(fragment, catalogue, Date.parse('2025-03-01T12:00:00.000Z')).ok).toBe(true);
    const early = decodeShare(fragment, catalogue, Date.parse('2025-03-01T10:00:00.000Z'));
    expect(early).toMatchObject({ ok: false, problem: 'future' });
    if (!early.ok) expect(describeShareProblem(early.problem, early.detail)).toMatch(/later than now/);
  });
});
