import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { HighlighterPool } from './highlighter-pool';

/**
 * The site's code blocks, rendered on worker threads during `astro build`
 * (src/components/CodeBlock.astro asks them). Astro renders pages on one thread, and
 * highlighting was about a fifth of its time in a profile of a 1,000-entry build (four blocks
 * an entry, two themes each). A page's blocks now go together to a worker on another
 * core, and Astro renders other pages while that page waits (`build.concurrency` in
 * astro.config.mjs): with four pages at once, that build took 53.1-56.6 s against
 * 66.5-71.0 s with one (two runs each, same hour).
 * As with the page sink (./page-sink.ts), this module is loaded twice, by Node from
 * astro.config.mjs and in the build's own bundle, so the two meet through a global.
 */
const POOL = Symbol.for('error-atlas.highlighter-pool');
type WithPool = typeof globalThis & { [POOL]?: HighlighterPool };

/** The pool of the build running in this process, if any (none in `astro dev`, where `<Code>` renders in place). */
export function highlighterPool(): HighlighterPool | undefined {
	return (globalThis as WithPool)[POOL];
}

/** Blocks met so far on each page being rendered. */
const blocksOnPage = new WeakMap<Request, number>();

/** The place of a page's next block among its blocks, counted as `<Code>` counts them: the first one links Expressive Code's styles. */
export function blockIndexOnPage(request: Request): number {
	const index = blocksOnPage.get(request) ?? 0;
	blocksOnPage.set(request, index + 1);
	return index;
}

/** One thread per core but the one Astro renders on. */
const WORKERS = Math.max(1, availableParallelism() - 1);

export function codeHighlighter(): AstroIntegration {
	return {
		name: 'error-atlas:code-highlighter',
		hooks: {
			'astro:build:start': () => {
				(globalThis as WithPool)[POOL] = new HighlighterPool(new URL('./highlight-worker.mjs', import.meta.url), WORKERS);
			},
			'astro:build:done': async () => {
				const pool = highlighterPool();
				delete (globalThis as WithPool)[POOL];
				await pool?.close();
			},
		},
	};
}
