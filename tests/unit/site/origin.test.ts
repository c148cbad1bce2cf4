import { describe, expect, it } from 'vitest';
import { OriginError, cloudflareProjectOrigin, parseBasePath, parseOrigin, resolveOrigin } from '../../../src/site/config/origin';

describe('resolveOrigin', () => {
  it('knows nothing when nothing is set', () => {
    expect(resolveOrigin({})).toBeUndefined();
    expect(resolveOrigin({ SITE_URL: '  ' })).toBeUndefined();
  });

  it('takes SITE_URL first, as an origin with a trailing slash', () => {
    expect(resolveOrigin({ SITE_URL: 'https://qi.example.org', NETLIFY: 'true', URL: 'https://other.netlify.app' })).toEqual({ url: 'https://qi.example.org/', from: 'SITE_URL' });
    expect(resolveOrigin({ SITE_URL: 'HTTPS://QI.Example.org/' })?.url).toBe('https://qi.example.org/');
    expect(resolveOrigin({ SITE_URL: 'http://localhost:4321' })?.url).toBe('http://localhost:4321/');
  });

  it("uses a host's own variable only on that host", () => {
    expect(resolveOrigin({ URL: 'https://qi.netlify.app' })).toBeUndefined();
    expect(resolveOrigin({ NETLIFY: 'true', URL: 'https://qi.netlify.app' })).toEqual({ url: 'https://qi.netlify.app/', from: 'URL (set by Netlify)' });
    expect(resolveOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.qi.pages.dev' })?.url).toBe('https://qi.pages.dev/');
    expect(resolveOrigin({ CF_PAGES_URL: 'https://abc123.qi.pages.dev' })).toBeUndefined();
  });

  it("adds https:// to Vercel's bare production domain", () => {
    expect(resolveOrigin({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'qi-hub.vercel.app' })).toEqual({ url: 'https://qi-hub.vercel.app/', from: 'VERCEL_PROJECT_PRODUCTION_URL (set by Vercel)' });
  });
});

describe('parseOrigin refuses what is not an origin, saying which variable and what to do', () => {
  it.each([
    ['qi.example.org', /not a web address/],
    ['ftp://qi.example.org', /must start with https:\/\//],
    ['https://user:pw@qi.example.org', /only the scheme and host/],
    ['https://qi.example.org/?x=1', /only the scheme and host/],
    ['https://qi.example.org/#top', /only the scheme and host/],
    ['https://qi.example.org/qi-hub', /has a path.*BASE_PATH=\/qi-hub\//],
  ])('%s', (value, message) => {
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(OriginError);
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(message);
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(/SITE_URL/);
  });
});

describe('Cloudflare Pages', () => {
  it("uses the project's lasting address, not the one deployment's", () => {
    expect(resolveOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b7c.qi-hub.pages.dev' })?.url).toBe('https://qi-hub.pages.dev/');
    expect(cloudflareProjectOrigin('https://qi-hub.pages.dev/')).toBe('https://qi-hub.pages.dev/');
    expect(cloudflareProjectOrigin('https://qi.example.org/')).toBe('https://qi.example.org/');
  });
});

describe('parseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['qi-hub', '/qi-hub/'],
    ['/qi-hub', '/qi-hub/'],
    ['qi-hub/', '/qi-hub/'],
    ['/a/b', '/a/b/'],
  ])('%s -> %s', (value, expected) => expect(parseBasePath(value)).toBe(expected));

  it.each(['https://qi.example.org/qi-hub/', '//cdn.example.org/x', '/a?b', '/a#b', '/a b'])('refuses %s, saying what to give', (value) => {
    expect(() => parseBasePath(value)).toThrow(/BASE_PATH is .*for example BASE_PATH=\/qi-hub\//);
  });
});
