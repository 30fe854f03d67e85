/** The error entries as the pages see them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryUrl } from '../lib/content/rules';
import { PROVIDERS, type ProviderDefinition } from '../providers';

export type Entry = CollectionEntry<'errors'>;

let cache: Promise<Entry[]> | undefined;

/** Every entry, loaded once per build. */
export function allEntries(): Promise<Entry[]> {
	cache ??= getCollection('errors');
	return cache;
}

export function urlOf(entry: Entry): string {
	return entryUrl(entry.data.provider, entry.id);
}

/** Resolves ids to entries through one map, so pages never scan the whole list per id. */
export async function entriesById(): Promise<Map<string, Entry>> {
	return new Map((await allEntries()).map((e) => [e.id, e]));
}

/** The providers that have entries, in registry order: the ones pages list and link. */
export async function coveredProviders(): Promise<ProviderDefinition[]> {
	const entries = await allEntries();
	return PROVIDERS.filter((p) => entries.some((e) => e.data.provider === p.id));
}
