/**
 * Claims the source documents do not make, kept out of the content files.
 * The sources: the OHI Centre's "About us" page gives no contact route; the
 * One Gloucestershire Improvement Community's "About us" page gives its ICB
 * address only for joining the community or asking for help with a system
 * challenge, names no contact per poster, and calls its programme work
 * "recent and current assignments".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const front = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const ICB = 'glicb.improvement-community@nhs.net';

describe('content says only what its sources say', () => {
  it('gives the OHI Centre and its training no contact route the source does not give', () => {
    for (const f of ['faculties/ohi-centre.md', 'training/ohi-project-coaching.md', 'training/ohi-qi-training-programmes.md', 'training/ohi-courses-and-inductions.md']) {
      const text = read(f);
      expect(text, f).not.toMatch(/oxfordhealth\.nhs\.uk|through the Oxford Health NHS Foundation Trust website/);
      expect(front(text).contact, f).toBeUndefined();
    }
  });

  it('does not give the ICB address as the way to book GSQIA, QSIR or Productive General Practice training', () => {
    for (const f of ['gsqia-training-and-support', 'qsir-programmes', 'qsir-project-support', 'productive-general-practice-quick-start']) {
      expect(String(front(read(`training/${f}.md`)).howToBook ?? ''), f).not.toContain(ICB);
    }
    for (const f of ['gsqia', 'qsir-faculty', 'productive-general-practice-quick-start']) {
      const text = read(`faculties/${f}.md`);
      expect(front(text).contact, f).toBeUndefined();
      // Where the address appears, it is for joining the Improvement Community.
      for (const line of text.split('\n').filter((l) => l.includes(ICB))) expect(line, f).toMatch(/join the One Gloucestershire Improvement Community/);
    }
  });

  it('names no contact for the six Gloucestershire posters', () => {
    const posters = readdirSync(new URL('../../content/posters/', import.meta.url)).filter((f) => f.endsWith('.mdx'));
    const glos = posters.filter((f) => read(`posters/${f}`).includes('One Gloucestershire Improvement Community'));
    expect(glos.length).toBeGreaterThanOrEqual(6);
    for (const f of glos) expect(front(read(`posters/${f}`)).contact, f).toBeUndefined();
  });

  it('keeps to the source on GSQIA, the QSIR faculty, the programmes and the Oxleas checklist', () => {
    expect(read('training/gsqia-training-and-support.md')).not.toMatch(/is the QI faculty for/);
    const qsir = read('faculties/qsir-faculty.md');
    expect(front(qsir).organisation).toBeUndefined();
    expect(front(qsir).website).toBeUndefined();
    expect(qsir).not.toMatch(/does not matter which partner organisation/);
    for (const f of readdirSync(new URL('../../content/programmes/', import.meta.url))) {
      expect(read(`programmes/${f}`), f).not.toMatch(/What the Improvement Community did|^summary: The Improvement Community (facilitated|gave|co-designed)/m);
    }
    expect(read('posters/oxleas-action-learning.mdx')).toMatch(/four of the Care Quality Commission's five well-led key lines of enquiry/);
  });
});
