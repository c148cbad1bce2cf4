/**
 * Permanent addresses of content pages, without the base path. A poster's
 * page, its QR code, the gallery, the feed and the redirect page left at an
 * old slug all use `posterPath`; a poster that became a news item redirects
 * to `newsPath`.
 */
export const posterPath = (slug: string) => `/posters/${slug}/`;
export const newsPath = (id: string) => `/news/${id}/`;
