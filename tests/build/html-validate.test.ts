/**
 * Every built page is valid HTML (html-validate's recommended rules, as set in
 * .htmlvalidate.json), has one document title and one h1, and its headings
 * never skip a level.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, htmlFiles, isRedirectPage } from '../support';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

/**
 * A rule may be turned off only with a reason written here. The test below
 * fails for a rule turned off without one.
 */
const reasonsForRulesOff: Record<string, string> = {
  'no-redundant-role':
    'NHS.UK frontend header and footer markup carries role="banner" and role="contentinfo"; we copy its markup exactly, and the roles help older assistive technology.',
};

const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = htmlFiles();

// Redirect pages (isRedirectPage) hold no content of their own: they are checked as HTML but have no h1.

function describeMessages(messages: Message[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`).join('\n');
}

const insideSvg = (el: HTMLElement) => {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.rawTagName?.toLowerCase() === 'svg') return true;
  return false;
};

/** Heading problems: the first heading is not h1, or a heading goes more than one level deeper than the one before. */
export function headingSkips(root: HTMLElement): string[] {
  const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6').filter((h) => !insideSvg(h));
  const problems: string[] = [];
  let previous = 0;
  for (const h of headings) {
    const level = Number(h.rawTagName.slice(1));
    if (level > previous + 1) problems.push(`<h${level}> "${h.text.trim().slice(0, 60)}" follows ${previous ? `<h${previous}>` : 'no heading'}`);
    previous = level;
  }
  return problems;
}

describe('html-validate configuration', () => {
  it('turns off no rule without a written reason', () => {
    const off = Object.entries(config.rules ?? {})
      .filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)))
      .map(([k]) => k);
    expect(off.filter((rule) => !reasonsForRulesOff[rule])).toEqual([]);
    expect(config.extends).toContain('html-validate:recommended');
  });

  it('finds pages to check', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it('fails an invalid page (the validator is really running)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><h1>a</h1><h3>b</h3><div><p>unclosed</div></body></html>', 'fixture.html');
    expect(report.valid).toBe(false);
  });

  it('counts skipped heading levels', () => {
    expect(headingSkips(parse('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>'))).toEqual([]);
    expect(headingSkips(parse('<h1>a</h1><h3>c</h3>'))).toHaveLength(1);
    expect(headingSkips(parse('<h2>a</h2>'))).toHaveLength(1);
  });
});

describe.each(pages)('%s', (file) => {
  const html = readFileSync(path.join(distDir, file), 'utf8');

  it('passes html-validate', async () => {
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages);
    expect(messages, describeMessages(messages)).toEqual([]);
  });

  it('has one title and one h1, and headings that do not skip levels', () => {
    const root = parse(html);
    const titles = root.querySelectorAll('title').filter((t) => !insideSvg(t));
    expect(titles, 'document <title> elements').toHaveLength(1);
    expect(titles[0]!.parentNode?.rawTagName.toLowerCase()).toBe('head');
    expect(titles[0]!.text.trim()).not.toBe('');
    if (isRedirectPage(html)) return;
    const h1s = root.querySelectorAll('h1');
    expect(h1s, 'h1 elements').toHaveLength(1);
    expect(h1s[0]!.text.trim()).not.toBe('');
    expect(headingSkips(root)).toEqual([]);
  });
});
