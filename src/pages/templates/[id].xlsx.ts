/** The editable spreadsheet for each template that has one, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import writeExcelFile from 'write-excel-file/node';
import { templates } from '../../methods/templates/catalogue';
import { spreadsheetSheets } from '../../methods/templates/spreadsheet';

export const getStaticPaths = (() =>
  templates.filter((t) => t.spreadsheet).map((t) => ({ params: { id: t.id }, props: { template: t } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { template } = props as { template: (typeof templates)[number] };
  const buffer = await writeExcelFile(spreadsheetSheets(template.title, template.spreadsheet!)).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
