/** Lets components take `client:answers="<form id>"`, `client:interaction` and `client:painted` (src/site/directives/). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:answers'?: string;
    'client:interaction'?: boolean;
    'client:painted'?: boolean;
  }
}
