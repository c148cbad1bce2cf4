/**
 * Stops a production build that does not know the site's address, before it
 * writes a page: every canonical link, QR code, preview and feed entry would
 * otherwise point at a host that does not exist. `astro dev`, `astro check`
 * and `astro sync` go on with the dev server's address.
 */
import type { AstroIntegration } from 'astro';
import { missingOriginMessage, type SiteOrigin } from '../site/config/origin';

export default function siteOrigin(origin: SiteOrigin | undefined): AstroIntegration {
  return {
    name: 'qi-hub:site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!origin) {
          // A message, not a stack trace: nothing is wrong with the code.
          logger.error(`\n${missingOriginMessage}`);
          process.exit(1);
        }
        logger.info(`Building for ${origin.url} (from ${origin.from}).`);
        const { protocol, hostname } = new URL(origin.url);
        if (protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
          logger.warn(`${origin.url} is not https: browsers will mark every page as not secure. Use https:// for a real host.`);
        }
      },
    },
  };
}
