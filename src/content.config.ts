import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { EntrySchema } from './schemas/entry';
import { checkCollection, formatProblems } from './lib/content/rules';

const ENTRY_BASE = './content/errors';

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

export const collections = {
	errors: defineCollection({ loader: errorEntries(), schema: EntrySchema }),
};
