/**
 * The one place for what names and locates the site. Pages, feeds, QR codes and
 * security headers all read from here.
 */
export const site = {
  /** Shown in the header, page titles and link previews. */
  name: 'QI Hub',
  /** Who runs it. */
  organisation: 'One Gloucestershire Improvement Community',
  /** One line on what the site is for. */
  tagline: 'Quality improvement methods, training, self-assessments and case studies for NHS staff.',
  /** Where people write to. */
  contactEmail: 'glicb.improvement-community@nhs.net',
  /** The production origin. Override with SITE_URL at build time. */
  url: process.env.SITE_URL ?? 'https://qi-hub.example.nhs.uk',
  /** The sub-path the site is served from, e.g. "/qi-hub/". Override with BASE_PATH. */
  base: process.env.BASE_PATH ?? '/',
  locale: 'en-GB',
} as const;
