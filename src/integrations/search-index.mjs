// @ts-check
/**
 * A Pagefind index fed page by page while Astro renders, and written once at the end.
 * Plain JavaScript, so that Node can load it as it is in either of its two homes:
 *
 * - `npm run build` (scripts/astro-build.mjs) keeps it in its own small process, and
 *   `astro build`'s process sends it the pages (src/integrations/pagefind.ts). Writing
 *   the bundle is when Pagefind's indexer peaks (3.2-3.5 GB at 10,000 entries, from 1 GB
 *   while indexing); done after Astro's process has exited (2.9 GB by then), the two
 *   peaks never add up.
 * - A plain `astro build` keeps it in the build's own process, and writes it before exiting.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** @typedef {{ html: { url: string, content: string } } | { record: Parameters<pagefind.PagefindIndex['addCustomRecord']>[0] }} IndexItem */

/**
 * @param {string} step
 * @param {{ errors: string[] } | undefined | null} response
 */
function assertNoErrors(step, response) {
	if (!response) throw new Error(`Pagefind ${step} returned nothing`);
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export class SearchIndex {
	/** @type {Promise<pagefind.PagefindIndex> | undefined} */
	#index;

	/** @returns {Promise<pagefind.PagefindIndex>} */
	#open() {
		return (this.#index ??= pagefind.createIndex({}).then(({ index, errors }) => {
			assertNoErrors('createIndex', { errors });
			if (!index) throw new Error('Pagefind could not create an index');
			return index;
		}));
	}

	/**
	 * Indexes a page's items: resolves once Pagefind has them all, rejects with Pagefind's errors.
	 * @param {IndexItem[]} items
	 */
	async add(items) {
		const index = await this.#open();
		await Promise.all(
			items.map(async (item) =>
				'html' in item
					? assertNoErrors(`addHTMLFile ${item.html.url}`, await index.addHTMLFile(item.html))
					: assertNoErrors(`addCustomRecord ${item.record.url}`, await index.addCustomRecord(item.record)),
			),
		);
	}

	/** @param {string} bundle the folder to write, `dist/pagefind` */
	async write(bundle) {
		if (!this.#index) throw new Error('nothing was added to the search index, so there is no bundle to write');
		assertNoErrors('writeFiles', await (await this.#index).writeFiles({ outputPath: bundle }));
		shareWebAssembly(bundle);
	}

	async close() {
		await pagefind.close();
	}
}

/**
 * Pagefind writes a WebAssembly file per language, named after the full tag,
 * though every `en-x-*` one is byte for byte `en`'s. Pointing them all at
 * `en`'s lets the browser load it once.
 * @param {string} bundle
 */
function shareWebAssembly(bundle) {
	const entryPath = join(bundle, 'pagefind-entry.json');
	/** @type {{ languages: Record<string, { wasm?: string }> }} */
	const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
	for (const [language, index] of Object.entries(entry.languages)) {
		const base = /** @type {string} */ (language.split('-')[0]);
		if (!index.wasm || index.wasm === base || !entry.languages[base]) continue;
		const own = join(bundle, `wasm.${index.wasm}.pagefind`);
		if (!readFileSync(own).equals(readFileSync(join(bundle, `wasm.${base}.pagefind`)))) continue;
		rmSync(own);
		index.wasm = base;
	}
	writeFileSync(entryPath, JSON.stringify(entry));
}

/**
 * The messages between `astro build` (src/integrations/pagefind.ts) and the process that
 * holds its index (scripts/astro-build.mjs), over Node's IPC channel.
 * @typedef {{ type: 'add', seq: number, items: IndexItem[] } | { type: 'write', bundle: string, summary: string }} ToIndexer
 * @typedef {{ type: 'added', seq: number, error?: string }} FromIndexer
 */

/** Set by scripts/astro-build.mjs on the `astro build` it starts: send the pages here. */
export const INDEXER_ENV = 'ATLAS_SEARCH_INDEXER';
