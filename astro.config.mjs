// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import expressiveCode from 'astro-expressive-code';
import { pagefind } from './src/integrations/pagefind';

/**
 * The site's public URL: canonical links, the sitemap, feeds and copied
 * section links are built from it. Set SITE_URL when publishing elsewhere.
 */
const site = process.env.SITE_URL ?? 'https://error-atlas.dev';

export default defineConfig({
	site,
	output: 'static',
	trailingSlash: 'always',
	integrations: [
		expressiveCode({
			themes: ['github-dark', 'github-light'],
			useDarkModeMediaQuery: true,
			themeCssSelector: false,
			styleOverrides: { codeFontSize: '0.85rem', borderRadius: '0.5rem' },
			defaultProps: { wrap: true },
		}),
		mdx(),
		pagefind(),
	],
});
