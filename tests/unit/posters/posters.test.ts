import { describe, expect, it } from 'vitest';
import { assertUniquePosterSlugs, findSlugClashes } from '../../../src/posters/poster-slugs';
import { facetOptions, facetValues, matches, selectionFromParams, selectionToParams, shownMessage, themeLabel } from '../../../src/posters/poster-filter';
import { jsonLdText, posterJsonLd } from '../../../src/posters/poster-jsonld';
import { mailtoLink, shareOrCopy, shareableUrl } from '../../../src/posters/components/PosterShare/share';

const poster = (id: string, previousSlugs: string[] = [], file = `content/posters/${id}.mdx`) => ({ id, filePath: file, data: { slug: id, previousSlugs } });

describe('poster slugs', () => {
  it('accepts posters that each claim their own addresses', () => {
    expect(() => assertUniquePosterSlugs([poster('a', ['old-a']), poster('b', ['old-b'])])).not.toThrow();
  });

  it('names both files when two posters share a slug', () => {
    const posters = [poster('same', [], 'content/posters/one.mdx'), poster('same', [], 'content/posters/two.mdx')];
    expect(() => assertUniquePosterSlugs(posters)).toThrow(/"same".*\n.*content\/posters\/one\.mdx \(as its slug\)\n.*content\/posters\/two\.mdx \(as its slug\)/);
  });

  it("stops a news item keeping a poster's address as its old poster slug, naming both files", () => {
    expect(() => assertUniquePosterSlugs([poster('a')], [{ file: 'content/news/item.md', slugs: ['a'] }])).toThrow(/"a".*\n.*content\/posters\/a\.mdx \(as its slug\)\n.*content\/news\/item\.md \(as its previous slug\)/);
    expect(() => assertUniquePosterSlugs([poster('a')], [{ file: 'content/news/item.md', slugs: ['gone'] }])).not.toThrow();
  });

  it("finds a slug that is another poster's old slug, and an old slug two posters keep", () => {
    const clashes = findSlugClashes([poster('a', ['b', 'gone']), poster('b'), poster('c', ['gone'])]);
    expect(clashes).toEqual([
      { slug: 'b', claims: [{ file: 'content/posters/a.mdx', as: 'previous slug' }, { file: 'content/posters/b.mdx', as: 'slug' }] },
      { slug: 'gone', claims: [{ file: 'content/posters/a.mdx', as: 'previous slug' }, { file: 'content/posters/c.mdx', as: 'previous slug' }] },
    ]);
  });
});

describe('gallery filters', () => {
  const a = facetValues({ themes: ['urgent-care', 'respiratory'], year: 2024, organisation: 'Trust A', programme: 'virtual-ward' });
  const b = facetValues({ themes: ['dementia'], year: 2019, organisation: 'Trust B' });

  it('shows everything when nothing is ticked', () => {
    expect(matches(a, {})).toBe(true);
    expect(matches(b, { theme: [] })).toBe(true);
  });

  it('widens within a facet and narrows across facets', () => {
    expect([a, b].filter((p) => matches(p, { theme: ['dementia', 'respiratory'] }))).toEqual([a, b]);
    expect([a, b].filter((p) => matches(p, { theme: ['dementia', 'respiratory'], year: ['2019'] }))).toEqual([b]);
    expect(matches(b, { programme: ['virtual-ward'] })).toBe(false);
  });

  it('offers each value once, years newest first, labels readable', () => {
    const options = facetOptions([a, b, a], { programme: { 'virtual-ward': 'Virtual ward' } });
    expect(options.year.map((o) => o.value)).toEqual(['2024', '2019']);
    expect(options.theme.map((o) => o.label)).toEqual(['Dementia', 'Respiratory', 'Urgent care']);
    expect(options.programme).toEqual([{ value: 'virtual-ward', label: 'Virtual ward', count: 2 }]);
    expect(themeLabel('long-term-conditions')).toBe('Long term conditions');
    expect(themeLabel('huntingtons-disease')).toBe('Huntington’s disease');
    expect(themeLabel('q-exchange')).toBe('Q Exchange');
    expect(themeLabel('constructor')).toBe('Constructor');
  });

  it('round-trips a selection through the query string', () => {
    const query = selectionToParams({ year: ['2024'], theme: ['a', 'b'], organisation: ['Trust & Co'] });
    expect(query).toBe('theme=a&theme=b&year=2024&organisation=Trust+%26+Co');
    expect(selectionFromParams(new URLSearchParams(query))).toEqual({ theme: ['a', 'b'], year: ['2024'], organisation: ['Trust & Co'] });
  });

  it('says how many posters are shown', () => {
    expect(shownMessage(8, 8)).toBe('All 8 posters shown');
    expect(shownMessage(3, 8)).toBe('3 of 8 posters shown');
    expect(shownMessage(0, 8)).toMatch(/^No posters match/);
  });
});

describe('JSON-LD', () => {
  it('describes the case study as an Article by the organisation', () => {
    const data = posterJsonLd({ title: 'T', summary: 'S', organisation: 'Org', year: 2024, themes: ['urgent-care'], url: 'https://x/posters/t/', images: ['https://x/p.png'], publisher: 'Pub', programme: 'Prog' });
    expect(data).toMatchObject({ '@type': 'Article', headline: 'T', url: 'https://x/posters/t/', datePublished: '2024', author: { '@type': 'Organization', name: 'Org' }, isPartOf: { name: 'Prog' } });
  });

  it('cannot close its script element early', () => {
    const text = jsonLdText({ headline: 'a</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('a</script><script>alert(1)</script>');
  });
});

describe('shareOrCopy', () => {
  const data = { url: 'https://x/posters/a/', title: 'A' };
  const clipboard = (fail = false) => {
    const written: string[] = [];
    return { written, clipboard: { writeText: async (t: string) => { if (fail) throw new Error('denied'); written.push(t); } } as unknown as Clipboard };
  };

  it('copies the link when there is no share sheet', async () => {
    const c = clipboard();
    await expect(shareOrCopy({ clipboard: c.clipboard }, data)).resolves.toBe('Link copied: https://x/posters/a/');
    expect(c.written).toEqual(['https://x/posters/a/']);
  });

  it('uses the share sheet when there is one, and says nothing when the person closes it', async () => {
    const c = clipboard();
    const shared: ShareData[] = [];
    await expect(shareOrCopy({ clipboard: c.clipboard, share: async (d) => { shared.push(d); } }, data)).resolves.toBe('');
    expect(shared).toEqual([{ title: 'A', url: 'https://x/posters/a/' }]);
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    await expect(shareOrCopy({ clipboard: c.clipboard, share: async () => { throw abort; } }, data)).resolves.toBe('');
    expect(c.written).toEqual([]);
  });

  it('falls back to copying when sharing fails, and explains when copying fails too', async () => {
    const c = clipboard();
    await expect(shareOrCopy({ clipboard: c.clipboard, share: async () => { throw new Error('NotAllowed'); } }, data)).resolves.toMatch(/^Link copied/);
    await expect(shareOrCopy({ clipboard: clipboard(true).clipboard }, data)).resolves.toMatch(/Select the permanent link/);
  });
});

describe('shareableUrl', () => {
  it('keeps the address the reader has open, without its fragment', () => {
    expect(shareableUrl('https://preview--qi.netlify.app/improve/posters/ari-hubs/#share')).toBe('https://preview--qi.netlify.app/improve/posters/ari-hubs/');
    expect(shareableUrl('http://127.0.0.1:4321/posters/ari-hubs/')).toBe('http://127.0.0.1:4321/posters/ari-hubs/');
  });

  it('drops tracking parameters and keeps the rest, leaving no bare "?"', () => {
    expect(shareableUrl('https://qi.example.org/posters/x/?utm_source=poster&utm_medium=qr&fbclid=abc')).toBe('https://qi.example.org/posters/x/');
    expect(shareableUrl('https://qi.example.org/search/?q=pdsa&gclid=1&UTM_Campaign=y')).toBe('https://qi.example.org/search/?q=pdsa');
  });

  it('keeps what it does not drop exactly as written', () => {
    expect(shareableUrl('https://qi.example.org/s/?utm_source=x&a=b%20c&flag')).toBe('https://qi.example.org/s/?a=b%20c&flag');
    expect(shareableUrl('https://qi.example.org/s/?%75tm_source=x&_hsenc=y&mkt_tok=z')).toBe('https://qi.example.org/s/');
  });

  it('gives the same address when applied twice', () => {
    const once = shareableUrl('https://qi.example.org/a/?b=1&utm_x=2#c');
    expect(shareableUrl(once)).toBe(once);
  });
});

describe('mailtoLink', () => {
  it('puts the title in the subject and the summary and address in the body, encoded', () => {
    expect(mailtoLink({ url: 'https://qi.example.org/p/?a=1&b=2', title: 'A & B', summary: 'Line' })).toBe(
      'mailto:?subject=A%20%26%20B&body=Line%0A%0Ahttps%3A%2F%2Fqi.example.org%2Fp%2F%3Fa%3D1%26b%3D2',
    );
  });
});
