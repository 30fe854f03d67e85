import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { ALL_LANGUAGE, PLACEHOLDER_RECORD, shardKeyOf, shardLanguage, shardUrl, withLanguage } from '../lib/search/shards';

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

/** Pages handed to Pagefind before waiting for its answers: enough to keep its indexer busy. */
const IN_FLIGHT = 16;

/**
 * Indexes the built site with Pagefind's Node API once Astro has written `dist/`:
 * every entry page in the index of all entries and again in its status shard
 * (src/lib/search/shards.ts), all in the one `/pagefind/` bundle.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefindApi.createIndex({});
				assertNoErrors('createIndex', { errors });
				if (!index) throw new Error('Pagefind could not create an index');
				try {
					assertNoErrors('addCustomRecord', await index.addCustomRecord({ ...PLACEHOLDER_RECORD }));
					const shards = new Map<string, number>();
					// Pages go to Pagefind's indexer several at a time: awaiting each one left the build idle
					// while the indexer worked (the largest idle stretch in a profile of a 1,000-entry build).
					const pending = new Set<Promise<void>>();
					const add = (label: string, file: { url: string; content: string }) => {
						const task: Promise<void> = index.addHTMLFile(file).then((response) => {
							assertNoErrors(`addHTMLFile ${label}`, response);
							pending.delete(task);
						});
						pending.add(task);
					};
					for (const sourcePath of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
						if (!sourcePath.endsWith('.html')) continue;
						const html = readFileSync(join(outDir, sourcePath), 'utf8');
						const key = shardKeyOf(html);
						if (key === undefined) continue;
						const url = `/${sourcePath.replace(/index\.html$/, '')}`;
						add(sourcePath, { url, content: withLanguage(html, ALL_LANGUAGE) });
						add(`${sourcePath} (status ${key})`, { url: shardUrl(url, key), content: withLanguage(html, shardLanguage(key)!) });
						shards.set(key, (shards.get(key) ?? 0) + 1);
						while (pending.size >= IN_FLIGHT) await Promise.race(pending);
					}
					await Promise.all(pending);
					const bundle = join(outDir, 'pagefind');
					assertNoErrors('writeFiles', await index.writeFiles({ outputPath: bundle }));
					shareWebAssembly(bundle);
					const total = [...shards.values()].reduce((a, b) => a + b, 0);
					const sizes = [...shards].sort().map(([key, pages]) => `${key}: ${pages}`).join(', ');
					logger.info(`Pagefind indexed ${total} entry pages, and each again in its status shard (${sizes})`);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
