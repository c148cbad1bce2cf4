/** /posters/<slug>/qr.svg: the poster's QR code, to show on the page and to print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { qrSvg } from '../../../build-time/qr';
import { absoluteUrl } from '../../../site/lib/url';
import { posterPath } from '../../../site/lib/content-paths';

export const getStaticPaths = (async () => (await getCollection('posters')).map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(absoluteUrl(posterPath(params.slug!), site!)), { headers: { 'Content-Type': 'image/svg+xml' } });
