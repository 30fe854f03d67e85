import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { closePageSink, openPageSink, type PageSink } from './page-sink';
import type { IndexedEntry } from '../lib/search/indexed-entry';
import { ALL_LANGUAGE, PLACEHOLDER_RECORD, shardKeyOf, shardRecord, withLanguage } from '../lib/search/shards';

type Response = { errors: string[] };

function assertNoErrors(step: string, response: Response | undefined) {
	if (!response) throw new Error(`Pagefind ${step} returned nothing`);
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Pagefind writes a WebAssembly file per language, named after the full tag,
 * though every `en-x-*` one is byte for byte `en`'s. Pointing them all at
 * `en`'s lets the browser load it once.
 */
function shareWebAssembly(bundle: string) {
	const entryPath = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { wasm?: string }> };
	for (const [language, index] of Object.entries(entry.languages)) {
		const base = language.split('-')[0]!;
		if (!index.wasm || index.wasm === base || !entry.languages[base]) continue;
		const own = join(bundle, `wasm.${index.wasm}.pagefind`);
		if (!readFileSync(own).equals(readFileSync(join(bundle, `wasm.${base}.pagefind`)))) continue;
		rmSync(own);
		index.wasm = base;
	}
	writeFileSync(entryPath, JSON.stringify(entry));
}

/** Pages handed to Pagefind before the renderer waits for it: enough to keep its indexer busy. */
const IN_FLIGHT = 16;

/**
 * Pagefind's index of the entry pages, fed while Astro renders them: every entry
 * page goes into the index of all entries, and its title and summary into its
 * status shard (src/lib/search/shards.ts), all in the one `/pagefind/` bundle. Pagefind's
 * indexer is a process of its own, so it works on the second core while Astro
 * renders on the first; reading `dist/` back once rendering was over left that
 * core idle and then the renderer idle (most of the idle time in a profile of a
 * 1,000-entry build).
 */
class EntryIndex implements PageSink {
	private index: pagefindApi.PagefindIndex | undefined;
	private readonly pending = new Set<Promise<void>>();
	private failure: Error | undefined;
	readonly shards = new Map<string, number>();

	async add(url: string, html: string, entry: IndexedEntry | undefined): Promise<void> {
		if (!entry) return;
		const index = (this.index ??= await createIndex());
		const key = shardKeyOf(entry);
		this.send(`addHTMLFile ${url}`, index.addHTMLFile({ url, content: withLanguage(html, ALL_LANGUAGE) }));
		this.send(`addCustomRecord ${url} (status ${key})`, index.addCustomRecord(shardRecord(entry)));
		this.shards.set(key, (this.shards.get(key) ?? 0) + 1);
		while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
		if (this.failure) throw this.failure;
	}

	private send(label: string, added: Promise<Response | undefined>) {
		const task: Promise<void> = added
			.then((response) => assertNoErrors(label, response))
			.catch((error: Error) => void (this.failure ??= error))
			.finally(() => this.pending.delete(task));
		this.pending.add(task);
	}

	/** Waits for the pages still in flight and writes the bundle. */
	async write(bundle: string): Promise<number> {
		await Promise.all(this.pending);
		if (this.failure) throw this.failure;
		if (!this.index) throw new Error('Pagefind was handed no entry page: the build rendered none, or src/middleware.ts did not run');
		assertNoErrors('writeFiles', await this.index.writeFiles({ outputPath: bundle }));
		shareWebAssembly(bundle);
		return [...this.shards.values()].reduce((a, b) => a + b, 0);
	}
}

async function createIndex(): Promise<pagefindApi.PagefindIndex> {
	const { index, errors } = await pagefindApi.createIndex({});
	assertNoErrors('createIndex', { errors });
	if (!index) throw new Error('Pagefind could not create an index');
	assertNoErrors('addCustomRecord', await index.addCustomRecord({ ...PLACEHOLDER_RECORD }));
	return index;
}

/** Indexes the entry pages with Pagefind's Node API as the build renders them (see EntryIndex). */
export function pagefind(): AstroIntegration {
	let entries: EntryIndex | undefined;
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:start': () => {
				entries = new EntryIndex();
				openPageSink(entries);
			},
			'astro:build:done': async ({ dir, logger }) => {
				closePageSink();
				try {
					const total = await entries!.write(join(fileURLToPath(dir), 'pagefind'));
					const sizes = [...entries!.shards].sort().map(([key, pages]) => `${key}: ${pages}`).join(', ');
					logger.info(`Pagefind indexed ${total} entry pages, and each one's summary in its status shard (${sizes})`);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
