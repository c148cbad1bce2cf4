/** /previews/<type>.png: the 1200×630 link-preview image shared by every page of a section. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreviewPng } from '../../build-time/previews/draw';
import { previewTypes, type PreviewTypeName } from '../../build-time/previews/cards';
import { site } from '../../site/config/site';

export const getStaticPaths = (() => Object.keys(previewTypes).map((type) => ({ params: { type } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const t = previewTypes[params.type as PreviewTypeName];
  const png = await renderPreviewPng({ siteName: site.name, eyebrow: t.eyebrow, title: t.title, footer: site.organisation });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
