/** /posters/<slug>/qr.png: the poster's QR code as a PNG, for tools that cannot place an SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { qrPng } from '../../../build-time/qr';
import { absoluteUrl } from '../../../site/lib/url';
import { posterPath } from '../../../site/lib/content-paths';

export const getStaticPaths = (async () => (await getCollection('posters')).map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrPng(absoluteUrl(posterPath(params.slug!), site!)), { headers: { 'Content-Type': 'image/png' } });
