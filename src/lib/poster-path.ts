/**
 * A poster's permanent address, without the base path: the page, its QR code,
 * the gallery, the feed and the redirect page left at an old slug all use it.
 */
export const posterPath = (slug: string) => `/posters/${slug}/`;
