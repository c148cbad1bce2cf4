/**
 * Which link-preview image a page gets. Posters get their own
 * (/posters/<slug>/preview.png); every other page gets the one for its section,
 * drawn once per section at /previews/<type>.png.
 */

export interface PreviewType {
  /** The small line on the card, naming the section. */
  eyebrow: string;
  /** The big line. */
  title: string;
  /** Describes the image for people who cannot see it (og:image:alt). */
  alt: string;
}

const card = (eyebrow: string, title: string): PreviewType => ({ eyebrow, title, alt: `QI Hub: ${title}` });

/** Keyed by the first segment of the page's path ("methods" for /methods/pdsa-cycles/). */
export const previewTypes = {
  home: card('NHS quality improvement', 'Methods, training, self-assessments and case studies'),
  methods: card('QI methods and tools', 'What each method is for, and how to use it'),
  training: card('Training', 'Quality improvement training for NHS staff'),
  faculties: card('Faculties', 'Who teaches and supports quality improvement'),
  assessments: card('Self-assessments', 'Score your team, then see what to do next'),
  posters: card('Posters and case studies', 'Improvement work by NHS teams'),
  programmes: card('Programmes', 'System improvement programmes'),
  news: card('News', 'News from the improvement community'),
  resources: card('Resources', 'Guides and tools from other organisations'),
  search: card('Search', 'Search QI Hub'),
  page: card('QI Hub', 'Quality improvement for NHS staff'),
} as const satisfies Record<string, PreviewType>;

export type PreviewTypeName = keyof typeof previewTypes;

/** The preview type of a site path without the base, e.g. "/methods/pdsa-cycles/" → "methods". */
export function previewTypeFor(sitePath: string): PreviewTypeName {
  const first = sitePath.split('/').filter(Boolean)[0];
  if (!first) return 'home';
  return first in previewTypes && first !== 'home' && first !== 'page' ? (first as PreviewTypeName) : 'page';
}

export const previewImagePath = (type: PreviewTypeName) => `/previews/${type}.png`;
