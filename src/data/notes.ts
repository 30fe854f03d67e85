/** Community notes grouped by entry, newest first, each checked against the entries. */
import { getCollection } from 'astro:content';
import { renderMarkdown } from '../lib/markdown';
import type { NoteView } from '../lib/notes';
import { allEntries } from './entries';

let cache: Promise<Map<string, NoteView[]>> | undefined;

export function notesByEntry(): Promise<Map<string, NoteView[]>> {
	cache ??= (async () => {
		const ids = new Set((await allEntries()).map((e) => e.id));
		const byEntry = new Map<string, NoteView[]>();
		const problems: string[] = [];
		for (const note of await getCollection('notes')) {
			if (!ids.has(note.data.entry)) {
				problems.push(`  ${note.filePath} → entry: "${note.data.entry}" is not an entry`);
				continue;
			}
			const view: NoteView = {
				id: note.id.split('/').at(-1)!,
				author: note.data.author,
				date: note.data.date,
				appliesTo: note.data.appliesTo,
				html: renderMarkdown(note.body ?? ''),
				source: note.data.source,
			};
			byEntry.set(note.data.entry, [...(byEntry.get(note.data.entry) ?? []), view]);
		}
		if (problems.length) throw new Error(`Community notes name missing entries:\n${problems.join('\n')}`);
		for (const notes of byEntry.values()) notes.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
		return byEntry;
	})();
	return cache;
}
