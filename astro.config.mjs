// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';
import { site } from './src/config/site.ts';
import { cspDirectives } from './src/config/security.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shiki writes inline styles, which the CSP forbids; content has no code to highlight.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), preact(), pagefind()],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
  },
});
