/**
 * /feed.xml: an RSS feed of posters and news, newest first, linked from every
 * page's head. Posters carry a year but no day, so they have no pubDate rather
 * than an invented one; they sort by their year among the dated news.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../site/config/site';
import { absoluteUrl } from '../site/lib/url';
import { posterPath } from '../site/lib/content-paths';
import { themeLabel } from '../posters/poster-filter';

export const GET: APIRoute = async (context) => {
  const at = (path: string) => absoluteUrl(path, context.site!);
  const news = (await getCollection('news')).map((n) => ({
    sortKey: n.data.date.getTime(),
    item: { title: n.data.title, description: n.data.summary, link: at(`/news/${n.id}/`), pubDate: n.data.date, categories: ['News'] },
  }));
  const posters = (await getCollection('posters')).map((p) => ({
    // The start of its year: within a year, dated news comes first.
    sortKey: Date.UTC(p.data.year, 0, 1),
    item: { title: p.data.title, description: p.data.summary, link: at(posterPath(p.id)), categories: ['Poster', ...p.data.themes.map(themeLabel)] },
  }));
  return rss({
    title: `${site.name}: posters and news`,
    description: site.tagline,
    site: at('/'),
    items: [...news, ...posters].sort((a, b) => b.sortKey - a.sortKey).map((x) => x.item),
    customData: '<language>en-gb</language>',
  });
};
