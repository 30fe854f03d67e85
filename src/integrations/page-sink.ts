/**
 * Where rendered pages go while `astro build` renders them (src/middleware.ts hands
 * each one over). The integration that opens the sink is loaded by Node from
 * astro.config.mjs, the middleware from the build's own bundle: two copies of any
 * module, so they meet through a global.
 */
import type { IndexedEntry } from '../lib/search/indexed-entry';

export interface PageSink {
	/**
	 * Takes a rendered page, with the entry it shows if it is an entry page;
	 * resolves when the sink has room for the next one.
	 */
	add(url: string, html: string, entry: IndexedEntry | undefined): Promise<void>;
}

const SINK = Symbol.for('error-atlas.page-sink');
type WithSink = typeof globalThis & { [SINK]?: PageSink };

export function openPageSink(sink: PageSink): void {
	(globalThis as WithSink)[SINK] = sink;
}

export function closePageSink(): void {
	delete (globalThis as WithSink)[SINK];
}

/** The sink of the build running in this process, if any (none in `astro dev`). */
export function pageSink(): PageSink | undefined {
	return (globalThis as WithSink)[SINK];
}
