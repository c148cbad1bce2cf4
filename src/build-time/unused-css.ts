/**
 * Drops the NHS.UK frontend rules no page can use, at build, with PurgeCSS: a
 * PostCSS plugin for the three shared stylesheets (src/site/styles/main, forms
 * and data), which pull in whole NHS.UK components. Component and island styles
 * are our own, written for markup that exists, and are left as they are.
 *
 * A rule stays when every class, id and element in its selector is named
 * somewhere in src/ (templates, islands and the scripts that set classes), or
 * is on the safelist below: the elements Markdown writes, and the classes that
 * code builds from parts, which no file names whole.
 */
import { fileURLToPath } from 'node:url';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { AcceptedPlugin, Root, Helpers } from 'postcss';

const src = fileURLToPath(new URL('../', import.meta.url));

/** The stylesheets that are trimmed: each is mostly NHS.UK frontend. */
const SHARED = /[\\/]src[\\/]site[\\/]styles[\\/](main|forms|data)\.scss(\?|$)/;

/** Elements that Markdown and MDX content become, which templates may never name. */
const MARKDOWN_ELEMENTS = /^(html|body|h[1-6]|p|a|ul|ol|li|blockquote|pre|code|kbd|em|strong|b|i|s|del|ins|mark|small|sub|sup|hr|br|img|picture|figure|figcaption|table|caption|thead|tbody|tfoot|tr|th|td|dl|dt|dd|abbr|section|details|summary)$/;

/**
 * Classes made from parts in code: `${cls}__item`, `${cls}--small` and so on for
 * radios and checkboxes (src/submission/islands/fields.tsx). Write new class names
 * whole where possible, so that no entry is needed here.
 */
const BUILT_FROM_PARTS = [/^nhsuk-(radios|checkboxes)(__|--|$)/];

export function unusedCss(): AcceptedPlugin {
  const purge = purgeCSSPlugin({
    content: [`${src}**/*.{astro,tsx,ts,mdx,md}`],
    safelist: { standard: [MARKDOWN_ELEMENTS, ...BUILT_FROM_PARTS] },
    // Set by script after load; named here because they are written as data-* in no file.
    dynamicAttributes: ['aria-expanded', 'aria-current', 'aria-invalid', 'hidden', 'open'],
  }) as { OnceExit: (root: Root, helpers: Helpers) => Promise<void> };
  return {
    postcssPlugin: 'qi-hub-unused-css',
    async OnceExit(root, helpers) {
      if (SHARED.test(root.source?.input.file ?? '')) await purge.OnceExit(root, helpers);
    },
  };
}
