/** Adds the site's own client directives: `client:answers`, `client:interaction` and `client:painted` (src/site/directives/). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientAnswers(): AstroIntegration {
  return {
    name: 'qi-hub:client-answers',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'answers', entrypoint: fileURLToPath(new URL('../site/directives/answers.ts', import.meta.url)) });
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../site/directives/interaction.ts', import.meta.url)) });
        addClientDirective({ name: 'painted', entrypoint: fileURLToPath(new URL('../site/directives/painted.ts', import.meta.url)) });
      },
    },
  };
}
