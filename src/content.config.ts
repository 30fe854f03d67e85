import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { EntrySchema } from './schemas/entry';
import { NOTE_MAX_CHARS, NoteSchema } from './schemas/note';
import { checkCollection, formatProblems } from './lib/content/rules';

/** Where content lives; benchmarks point this at a generated corpus (see scripts/bench-build.ts). */
const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR ?? './content';
const ENTRY_BASE = `${CONTENT_DIR}/errors`;

/** The file name is the permanent id: `content/errors/openai/<id>.mdx`. */
const entryId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').split('/').at(-1)!;

/** The glob loader, followed by the rules that need every entry at once. */
function errorEntries(): Loader {
	const files = glob({ base: ENTRY_BASE, pattern: '**/[^_]*.mdx', generateId: entryId });
	return {
		name: 'error-entries',
		async load(context) {
			await files.load(context);
			const problems = checkCollection(
				context.store.values().map((e) => ({
					id: e.id,
					file: e.filePath ?? e.id,
					data: e.data as Parameters<typeof checkCollection>[0][number]['data'],
				})),
			);
			if (problems.length > 0) {
				throw new Error(`The error entries break ${problems.length} collection rule(s):\n${formatProblems(problems)}`);
			}
		},
	};
}

/** Notes are plain Markdown (no MDX), one folder per entry: `content/notes/<entry-id>/<date>-<slug>.md`. */
function communityNotes(): Loader {
	const files = glob({ base: `${CONTENT_DIR}/notes`, pattern: '**/[^_]*.md' });
	return {
		name: 'community-notes',
		async load(context) {
			await files.load(context);
			const problems: string[] = [];
			for (const note of context.store.values()) {
				const file = note.filePath ?? note.id;
				const { entry } = note.data as { entry: string };
				const folder = file.split('/').at(-2);
				if (folder !== entry) problems.push(`  ${file} → entry: is "${entry}" but the note lives in the folder "${folder}"`);
				const length = (note.body ?? '').trim().length;
				if (length === 0) problems.push(`  ${file} → (body): the note has no text`);
				if (length > NOTE_MAX_CHARS) problems.push(`  ${file} → (body): ${length} characters, at most ${NOTE_MAX_CHARS}`);
			}
			if (problems.length) throw new Error(`Community notes break ${problems.length} rule(s):\n${problems.join('\n')}`);
		},
	};
}

export const collections = {
	errors: defineCollection({ loader: errorEntries(), schema: EntrySchema }),
	notes: defineCollection({ loader: communityNotes(), schema: NoteSchema }),
};
