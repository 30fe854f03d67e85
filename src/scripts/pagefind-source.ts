/**
 * Pagefind in the browser, as the search engine's PagefindSource: the index of
 * all entries and the status shards (src/lib/search/shards.ts), each opened on
 * first use and kept. Shared by the search page and the header's suggestions.
 */
import type { PagefindLike, PagefindSource } from '../lib/search/engine';
import { ALL_LANGUAGE, shardLanguage } from '../lib/search/shards';

interface PagefindInstance extends PagefindLike {
	init(): Promise<void>;
	mergeIndex(path: string, options: object): Promise<void>;
}
type PagefindModule = { createInstance(options: object): PagefindInstance };

/**
 * One Pagefind instance per index (all entries, or a status shard), each made
 * once and kept: they share the bundle's code and WebAssembly
 * (src/lib/search/shards.ts). Pagefind opens the tiny site-language index
 * first; the index wanted is merged into it.
 */
let pagefindModule: Promise<PagefindModule> | undefined;
const instances = new Map<string, Promise<PagefindInstance>>();
function useIndex(language: string): Promise<PagefindInstance> {
	let instance = instances.get(language);
	if (!instance) {
		instance = (async () => {
			const url = '/pagefind/pagefind.js';
			pagefindModule ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
			const created = (await pagefindModule).createInstance({ basePath: '/pagefind/', excerptLength: 24 });
			await created.init();
			// The same bundle by its absolute URL: Pagefind declines to merge a path it has already opened.
			await created.mergeIndex(`${location.origin}/pagefind/`, { language, excerptLength: 24 });
			return created;
		})();
		// A failed load can be retried by the next search instead of staying broken.
		instance.catch(() => {
			instances.delete(language);
			pagefindModule = undefined;
		});
		instances.set(language, instance);
	}
	return instance;
}

export const pagefindSource: PagefindSource = {
	all: () => useIndex(ALL_LANGUAGE),
	shard: async (key) => {
		const language = shardLanguage(key);
		return language ? useIndex(language) : undefined;
	},
};
