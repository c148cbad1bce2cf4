/**
 * The schema.org description of a case study, for search engines and link
 * unfurlers: an Article by the team's organisation (when known), published in its year.
 *
 * It goes in a `<script type="application/ld+json">` data block. Browsers do not
 * run data blocks, so the page's script-src CSP does not apply to it.
 */
import { themeLabel } from './poster-filter';

export interface PosterJsonLdInput {
  title: string;
  summary: string;
  organisation?: string | undefined;
  year: number;
  themes: readonly string[];
  /** The absolute permanent URL of the case study. */
  url: string;
  /** Absolute image URLs: the link preview, then the poster itself if there is one. */
  images: readonly string[];
  /** Who publishes QI Hub. */
  publisher: string;
  /** Names of the QI methods used. */
  methods?: readonly string[];
  programme?: string | undefined;
}

export function posterJsonLd(p: PosterJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: p.title,
    description: p.summary,
    url: p.url,
    mainEntityOfPage: p.url,
    datePublished: String(p.year),
    inLanguage: 'en-GB',
    ...(p.organisation ? { author: { '@type': 'Organization', name: p.organisation } } : {}),
    publisher: { '@type': 'Organization', name: p.publisher },
    image: [...p.images],
    about: p.themes.map((t) => ({ '@type': 'Thing', name: themeLabel(t) })),
    keywords: [...p.themes.map(themeLabel), ...(p.methods ?? [])].join(', '),
    ...(p.programme ? { isPartOf: { '@type': 'CreativeWorkSeries', name: p.programme } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<" is escaped so a
 * title containing "</script>" cannot end the element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
