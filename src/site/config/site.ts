/**
 * The one place for what names the site and where it sits under its host.
 * The origin is not here: it comes from the build's environment (see origin.ts)
 * and reaches pages as `Astro.site`.
 */
import { parseBasePath } from './origin';

export const site = {
  /** Shown in the header, page titles and link previews. */
  name: 'QI Hub',
  /** Who runs it. */
  organisation: 'One Gloucestershire Improvement Community',
  /** One line on what the site is for. */
  tagline: 'Quality improvement methods, training, self-assessments and case studies for NHS staff.',
  /** Where people write to. */
  contactEmail: 'glicb.improvement-community@nhs.net',
  /** The sub-path the site is served from, e.g. "/qi-hub/". Override with BASE_PATH. */
  base: parseBasePath(process.env.BASE_PATH),
  locale: 'en-GB',
} as const;
