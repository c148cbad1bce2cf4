/**
 * Link-preview images (Open Graph / Twitter cards), drawn at build time:
 * satori lays the card out as SVG, resvg turns it into a 1200×630 PNG.
 * The font (Inter, SIL Open Font License) comes from the @fontsource/inter
 * package in node_modules, so the build needs no network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cacheKey, cachedPng, packageVersion } from '../png-cache';

const PREVIEW_WIDTH = 1200;
const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** Small line above the title, e.g. "Case study" or "QI methods and tools". */
  eyebrow: string;
  /** The big line. */
  title: string;
  /** Lines under the title, e.g. the organisation and year. */
  meta?: readonly string[];
  /** Shown at the top, e.g. "QI Hub". */
  siteName: string;
  /** Shown at the foot, e.g. who runs the site. */
  footer?: string;
}

const NHS_BLUE = '#005eb8';
const NHS_DARK_BLUE = '#003087';

const require = createRequire(import.meta.url);
let fonts: Promise<Font[]> | undefined;
/** A hash of the font files, worked out once: part of every preview's cache key. */
let fontsKey: string | undefined;

function loadFonts(): Promise<Font[]> {
  // satori reads ttf, otf and woff (not woff2). latin-ext covers names like "Łukasz".
  const file = (subset: string, weight: 400 | 700) => require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({ name: 'Inter', weight, style: 'normal' as const, data: await readFile(file(subset, weight)) })),
    ),
  );
  return fonts;
}

/** Smaller type for longer titles, so a 90-character title still fits in four lines. */
function titleSize(title: string): number {
  if (title.length <= 35) return 76;
  if (title.length <= 60) return 64;
  return 52;
}

type Node = { type: string; props: { style?: Record<string, unknown> | undefined; children?: (Node | string)[] | Node | string | undefined } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

function layout(card: PreviewCard): Node {
  return el(
    'div',
    {
      // satori sizes boxes without their padding; give the content box explicitly.
      width: PREVIEW_WIDTH - 2 * 72,
      height: PREVIEW_HEIGHT - 2 * 64,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: NHS_BLUE,
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
        el('div', { display: 'flex', fontSize: 36, fontWeight: 700, padding: '6px 18px', backgroundColor: '#ffffff', color: NHS_BLUE }, card.siteName),
        el('div', { display: 'flex', fontSize: 30, fontWeight: 400 }, card.eyebrow),
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 }, card.title),
        ...(card.meta ?? []).map((line) => el('div', { display: 'block', marginTop: 20, fontSize: 32, lineHeight: 1.3, lineClamp: 2 }, line)),
      ]),
      el('div', { display: 'flex', fontSize: 24, paddingTop: 20, borderTop: `4px solid ${NHS_DARK_BLUE}` }, card.footer ?? ''),
    ],
  );
}

/** Draws a preview card as a 1200×630 PNG, or takes it from the image cache when this card, font and library versions were drawn before. */
export async function renderPreviewPng(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  const tree = layout(card);
  const fontData = await loadFonts();
  fontsKey ??= cacheKey(fontData);
  const key = { tree, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: fontsKey, satori: packageVersion('satori'), resvg: packageVersion('@resvg/resvg-js') };
  return cachedPng('preview', key, async () => {
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: fontData });
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
    return new Uint8Array(png);
  });
}
