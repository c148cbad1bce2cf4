/** /posters/<slug>/preview.png: the 1200×630 link-preview image for the poster. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderPreviewPng } from '../../../build-time/previews/draw';
import { site } from '../../../site/config/site';

export const getStaticPaths = (async () => (await getCollection('posters')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'posters'> }> = async ({ props }) => {
  const d = props.entry.data;
  const png = await renderPreviewPng({
    siteName: site.name,
    eyebrow: 'Case study',
    title: d.title,
    meta: [d.organisation, String(d.year)].filter((m): m is string => Boolean(m)),
    footer: site.organisation,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
