/** Reads the shared catalog of entries each provider must have (`../shared/catalog/*.md`). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';

export const SHARED_DIR = join(ROOT, '../shared');
export const OPENAI_CATALOG = join(SHARED_DIR, 'catalog/openai.md');

/** The ids of a catalog file: its "### <id>" headings. */
export function catalogIds(markdown: string): string[] {
	return [...markdown.matchAll(/^###\s+([a-z0-9]+(?:-[a-z0-9]+)+)\s*$/gm)].map((m) => m[1]!);
}

export function readCatalogIds(path = OPENAI_CATALOG): string[] | undefined {
	return existsSync(path) ? catalogIds(readFileSync(path, 'utf8')) : undefined;
}
