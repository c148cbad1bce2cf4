/**
 * Downloads of the chart as drawn: SVG (the element's markup), PNG (the SVG
 * drawn on a canvas at twice its size, read through a data: address, which
 * the site's Content Security Policy allows for images) and CSV (the table,
 * written by csv.ts, loaded only when asked for).
 */
import { download } from '../../site/browser/download';
import type { Evaluated } from '../maker/evaluate';
import { tableRows } from '../maker/transfer';
import { fileName } from '../maker/words';

export function svgMarkup(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

export function downloadSvg(svg: SVGSVGElement, title: string): void {
  download(fileName(title, 'svg'), svgMarkup(svg), 'image/svg+xml');
}

export async function downloadPng(svg: SVGSVGElement, title: string): Promise<void> {
  const box = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = box.width * 2;
  canvas.height = box.height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser could not make the image.');
  download(fileName(title, 'png'), blob);
}

export async function downloadCsv(ev: Evaluated, title: string): Promise<void> {
  const { writeCsv } = await import('../../site/lib/csv');
  const { header, rows } = tableRows(ev);
  download(fileName(title, 'csv'), writeCsv(header, rows), 'text/csv');
}
