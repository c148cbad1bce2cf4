/**
 * Method front matter: every method names related methods that exist, each
 * with its reason, and its guides are about it, not general resources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generalGuidesOnMethods, relatedProblems, sameAddress, type MethodLinks } from '../../../src/methods/method-guides';

const dir = path.resolve('content/methods');
const frontMatter = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const methods = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
  const data = frontMatter(f);
  return { id: f.replace(/\.mdx$/, ''), related: (data.related ?? []) as { method: string; reason: string }[], guides: (data.guides ?? []) as { url: string }[] };
});
const ids = new Set(methods.map((m) => m.id));
const resourceUrls = readdirSync(path.resolve('content/resources')).map((f) => String(parse(readFileSync(path.resolve('content/resources', f), 'utf8').split(/^---$/m)[1]!).url));

describe('related methods in content', () => {
  it.each(methods)('$id names related methods that exist, each with a reason', (m) => {
    expect(m.related.length).toBeGreaterThanOrEqual(2);
    for (const r of m.related) {
      expect(ids.has(r.method), `${m.id} → ${r.method}`).toBe(true);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it('no method names itself or the same method twice', () => {
    expect(relatedProblems(methods)).toEqual([]);
  });

  it('run charts lead on to SPC, measurement and PDSA, not to demand and capacity', () => {
    const run = methods.find((m) => m.id === 'run-charts')!.related.map((r) => r.method);
    expect(run).toEqual(expect.arrayContaining(['spc-charts', 'measurement-for-improvement', 'pdsa-cycles']));
    expect(run).not.toContain('demand-and-capacity');
  });
});

describe('method guides', () => {
  it('none is one of the general resources', () => {
    expect(generalGuidesOnMethods(methods, resourceUrls)).toEqual([]);
  });

  it('every method links at least one guide of its own', () => {
    expect(methods.filter((m) => m.guides.length === 0).map((m) => m.id)).toEqual([]);
  });

  it('every guide names its publisher and says what it offers', () => {
    for (const m of methods) {
      for (const g of m.guides as { url: string; publisher?: string; description?: string }[]) {
        expect(g.publisher?.trim(), `${m.id}: ${g.url}`).toBeTruthy();
        expect(g.description?.trim().length ?? 0, `${m.id}: ${g.url}`).toBeGreaterThan(20);
      }
    }
  });

  it('no guide is on every method', () => {
    const counts = new Map<string, number>();
    for (const m of methods) for (const g of m.guides) counts.set(sameAddress(g.url), (counts.get(sameAddress(g.url)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n === methods.length)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const m = (id: string, related: string[], guides: string[] = []): MethodLinks => ({ id, related: related.map((method) => ({ method })), guides: guides.map((url) => ({ url })) });

  it('find a general resource however its address is written', () => {
    const general = ['https://www.england.nhs.uk/sustainableimprovement/qsir-programme/qsir-tools/'];
    expect(generalGuidesOnMethods([m('a', [], ['https://WWW.england.nhs.uk/sustainableimprovement/qsir-programme/qsir-tools#top'])], general)).toHaveLength(1);
    expect(generalGuidesOnMethods([m('a', [], ['https://www.ihi.org/library/tools/run-chart-tool'])], general)).toEqual([]);
  });

  it('find a method naming itself, or another twice', () => {
    expect(relatedProblems([m('a', ['a', 'b', 'b'])])).toEqual(['a: names itself as related', 'a: names "b" more than once']);
  });

  it('sameAddress is idempotent, and ignores a trailing slash and the fragment', () => {
    fc.assert(fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
      const once = sameAddress(url);
      expect(sameAddress(once)).toBe(once);
    }));
    expect(sameAddress('https://Example.nhs.uk/a/b/#c')).toBe(sameAddress('https://example.nhs.uk/a/b'));
  });
});
