/** Reads the shared catalog of entries each provider must have (`../shared/catalog/*.md`). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';

export const SHARED_DIR = join(ROOT, '../shared');
export const CATALOG_DIR = join(SHARED_DIR, 'catalog');

/** The ids of a catalog file: its "### <id>" headings. */
export function catalogIds(markdown: string): string[] {
	return [...markdown.matchAll(/^###\s+([a-z0-9]+(?:-[a-z0-9]+)+)\s*$/gm)].map((m) => m[1]!);
}

/** The ids of `../shared/catalog/<file>`, or undefined when shared/ is not beside the clone. */
export function readCatalogIds(file: string): string[] | undefined {
	const path = join(CATALOG_DIR, file);
	return existsSync(path) ? catalogIds(readFileSync(path, 'utf8')) : undefined;
}
