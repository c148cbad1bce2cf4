/** Lets components take `client:answers="<form id>"` and `client:interaction` (src/site/directives/). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:answers'?: string;
    'client:interaction'?: boolean;
  }
}
