/** Lets components take `client:answers="<form id>"` (src/site/directives/answers.ts). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:answers'?: string;
  }
}
