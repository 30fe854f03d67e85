// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import expressiveCode from 'astro-expressive-code';
import { codeHighlighter } from './src/integrations/code-highlighter';
import { pagefind } from './src/integrations/pagefind';

/**
 * The site's public URL: canonical links, the sitemap, feeds and copied
 * section links are built from it. Set SITE_URL when publishing elsewhere.
 */
const site = process.env.SITE_URL ?? 'https://error-atlas.dev';

/** Old entry URLs kept as redirects: listed in the entries' `aliases`, left out of the sitemap. */
const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';
const redirectPaths = new Set(
	readdirSync(`${contentDir}/errors`, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${contentDir}/errors/${file}`, 'utf8'))?.[1] ?? '';
			// Only the `aliases` key and its indented lines are parsed: parsing every entry's whole
			// frontmatter here cost two seconds a thousand entries, before the build had begun.
			const block = /^aliases:.*(?:\n[ \t-].*)*/m.exec(frontmatter)?.[0];
			return /** @type {string[]} */ (block ? (parse(block)?.aliases ?? []) : []);
		}),
);

export default defineConfig({
	site,
	output: 'static',
	// Scoped styles as a class: `astro-<hash>` added to a class list is shorter than a
	// `data-astro-cid-<hash>` attribute on every element of a styled component.
	scopedStyleStrategy: 'class',
	// Benchmarks build a generated corpus into a scratch folder.
	outDir: process.env.ATLAS_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: {
		// Pages rendered at once: while one waits for its code blocks (rendered on a worker thread,
		// src/integrations/code-highlighter.ts) or its card, Astro renders the others.
		concurrency: 4,
	},
	vite: {
		build: {
			// Astro inlines a script under 4 KB into every page that uses it; ours are the same on
			// every entry page (1.4 KB each time), so they are files the browser caches once.
			// Anything else keeps Vite's default.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				// Astro's MDX pages carry a "use astro:head-inject" directive that the bundler
				// reports once per entry; it is Astro's own marker and needs no action, and a
				// screen of it per build hides the warnings that do.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		// Options in ec.config.mjs.
		expressiveCode(),
		codeHighlighter(),
		mdx(),
		sitemap({
			// Redirect pages (short links, aliases) and the 404 page are not content.
			filter: (page) => !/\/(e|404)\//.test(new URL(page).pathname) && !redirectPaths.has(new URL(page).pathname),
		}),
		pagefind(),
	],
});
