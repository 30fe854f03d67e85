import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closePageSink, openPageSink, type PageSink } from './page-sink';
import { INDEXER_ENV, SearchIndex, type FromIndexer, type IndexItem, type ToIndexer } from './search-index.mjs';
import type { IndexedEntry } from '../lib/search/indexed-entry';
import { ALL_LANGUAGE, PLACEHOLDER_RECORD, shardKeyOf, shardRecord, withLanguage } from '../lib/search/shards';

/** Pages handed to Pagefind before the renderer waits for it: enough to keep its indexer busy. */
const IN_FLIGHT = 16;

/** Where a page's index items go: an index in this process, or one held by `npm run build`'s launcher. */
interface IndexFeed {
	/** Resolves once the items are indexed; rejects with the indexer's error. */
	add(items: IndexItem[]): Promise<void>;
	/** Writes the bundle, or has it written once this process has exited; returns what happened, for the log. */
	finish(bundle: string, summary: string): Promise<string>;
}

class IndexHere implements IndexFeed {
	private readonly index = new SearchIndex();
	add(items: IndexItem[]) {
		return this.index.add(items);
	}
	async finish(bundle: string, summary: string) {
		try {
			await this.index.write(bundle);
		} finally {
			await this.index.close();
		}
		return summary;
	}
}

/** The index of scripts/astro-build.mjs, over the IPC channel it opened (see src/integrations/search-index.mjs). */
class IndexInLauncher implements IndexFeed {
	private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
	private seq = 0;
	constructor() {
		process.on('message', (message: FromIndexer) => {
			if (message?.type !== 'added') return;
			const page = this.waiting.get(message.seq);
			this.waiting.delete(message.seq);
			if (message.error === undefined) page?.resolve();
			else page?.reject(new Error(message.error));
		});
	}
	private send(message: ToIndexer) {
		process.send!(message);
	}
	add(items: IndexItem[]) {
		const seq = this.seq++;
		return new Promise<void>((resolve, reject) => {
			this.waiting.set(seq, { resolve, reject });
			this.send({ type: 'add', seq, items });
		});
	}
	async finish(bundle: string, summary: string) {
		this.send({ type: 'write', bundle, summary });
		// The channel would keep this process alive: the launcher writes once it has exited.
		process.channel?.unref();
		return 'Pagefind has the entry pages; scripts/astro-build.mjs writes its bundle once this process has exited';
	}
}

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
	private readonly pending = new Set<Promise<void>>();
	private failure: Error | undefined;
	private pages = 0;
	readonly shards = new Map<string, number>();

	constructor(private readonly feed: IndexFeed) {}

	async add(url: string, html: string, entry: IndexedEntry | undefined): Promise<void> {
		if (!entry) return;
		const key = shardKeyOf(entry);
		const items: IndexItem[] = [{ html: { url, content: withLanguage(html, ALL_LANGUAGE) } }, { record: shardRecord(entry) }];
		if (this.pages++ === 0) items.unshift({ record: { ...PLACEHOLDER_RECORD } });
		const task: Promise<void> = this.feed
			.add(items)
			.catch((error: Error) => void (this.failure ??= error))
			.finally(() => this.pending.delete(task));
		this.pending.add(task);
		this.shards.set(key, (this.shards.get(key) ?? 0) + 1);
		while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
		if (this.failure) throw this.failure;
	}

	/** Waits for the pages still in flight, then writes the bundle (or has it written). */
	async finish(bundle: string): Promise<string> {
		await Promise.all(this.pending);
		if (this.failure) throw this.failure;
		if (this.pages === 0) throw new Error('Pagefind was handed no entry page: the build rendered none, or src/middleware.ts did not run');
		const sizes = [...this.shards].sort().map(([key, pages]) => `${key}: ${pages}`).join(', ');
		return this.feed.finish(bundle, `Pagefind indexed ${this.pages} entry pages, and each one's summary in its status shard (${sizes})`);
	}
}

/** Indexes the entry pages with Pagefind's Node API as the build renders them (see EntryIndex). */
export function pagefind(): AstroIntegration {
	let entries: EntryIndex | undefined;
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:start': () => {
				const viaLauncher = process.env[INDEXER_ENV] === '1' && typeof process.send === 'function';
				entries = new EntryIndex(viaLauncher ? new IndexInLauncher() : new IndexHere());
				openPageSink(entries);
			},
			'astro:build:done': async ({ dir, logger }) => {
				closePageSink();
				logger.info(await entries!.finish(join(fileURLToPath(dir), 'pagefind')));
			},
		},
	};
}
