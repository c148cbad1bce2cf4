/** The editable spreadsheet for each template that has one, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { templates } from '../../methods/templates/catalogue';
import type { BlankTemplate } from '../../methods/templates/catalogue';
import { fileMime, templateFile, templatesWith } from '../../build-time/template-files';

export const getStaticPaths = (() => templatesWith(templates, 'spreadsheet').map((t) => ({ params: { id: t.id }, props: { template: t } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await templateFile((props as { template: BlankTemplate }).template, 'spreadsheet'), { headers: { 'Content-Type': fileMime('spreadsheet') } });
