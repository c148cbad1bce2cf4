/** Adds the `client:answers` directive (src/site/directives/answers.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientAnswers(): AstroIntegration {
  return {
    name: 'qi-hub:client-answers',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'answers', entrypoint: fileURLToPath(new URL('../site/directives/answers.ts', import.meta.url)) });
      },
    },
  };
}
