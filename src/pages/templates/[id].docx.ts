/** The editable Word document for each template that is a record written in words, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { templates } from '../../methods/templates/catalogue';
import type { BlankTemplate } from '../../methods/templates/catalogue';
import { fileMime, templateFile, templatesWith } from '../../build-time/template-files';

export const getStaticPaths = (() => templatesWith(templates, 'document').map((t) => ({ params: { id: t.id }, props: { template: t } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await templateFile((props as { template: BlankTemplate }).template, 'document'), { headers: { 'Content-Type': fileMime('document') } });
