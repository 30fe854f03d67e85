/**
 * Reads the error entries straight from disk, outside Astro, for scripts and tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EntrySchema, type EntryData } from '../../src/schemas/entry';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { checkCollection, type Problem } from '../../src/lib/content/rules';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const ENTRY_DIR = join(ROOT, 'content/errors');

export interface DiskEntry {
	id: string;
	file: string;
	data: EntryData;
	body: string;
}

export function entryFiles(dir = ENTRY_DIR): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx') && !f.split('/').at(-1)!.startsWith('_'))
		.map((f) => join(dir, f))
		.sort();
}

/** Validates one file against the entry schema; problems name the file and the field. */
export function readEntry(path: string): { entry?: DiskEntry; problems: Problem[] } {
	const file = relative(ROOT, path);
	let split: ReturnType<typeof splitFrontmatter>;
	try {
		split = splitFrontmatter(readFileSync(path, 'utf8'));
	} catch (error) {
		// A YAML syntax error: say where, as the schema problems do, instead of crashing the whole run.
		const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
		const at = where ? `line ${where.line + 1}, column ${where.col}` : 'frontmatter';
		return { problems: [{ file, field: '(frontmatter)', message: `is not valid YAML at ${at}: ${(error as Error).message.split('\n')[0]}` }] };
	}
	const { data, body } = split;
	const id = path.split('/').at(-1)!.replace(/\.mdx$/, '');
	const result = EntrySchema.safeParse(data ?? {});
	if (!result.success) {
		return {
			problems: result.error.issues.map((issue) => ({
				file,
				field: issue.path.join('.') || '(frontmatter)',
				message: issue.message,
			})),
		};
	}
	const problems: Problem[] = [];
	if (body.trim().length < 80) {
		problems.push({ file, field: '(body)', message: 'the MDX body is the "Why it happens" section: write at least a paragraph' });
	}
	return { entry: { id, file, data: result.data, body }, problems };
}

/** Reads and validates every entry, then the collection rules. */
export function readAllEntries(dir = ENTRY_DIR): { entries: DiskEntry[]; problems: Problem[] } {
	const entries: DiskEntry[] = [];
	const problems: Problem[] = [];
	for (const path of entryFiles(dir)) {
		const read = readEntry(path);
		problems.push(...read.problems);
		if (read.entry) entries.push(read.entry);
	}
	problems.push(...checkCollection(entries));
	return { entries, problems };
}
