import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { ROOT } from '../../scripts/lib/entries';
import { loadIndex, resultIds } from '../support/site';

interface NoteFile {
	entry: string;
	author: string;
	date: string;
	source?: string;
	body: string;
}

function notes(): NoteFile[] {
	const dir = join(ROOT, 'content/notes');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8')) as {
				data: { entry: string; author: string; date: string | Date; source?: string };
				body: string;
			};
			return { entry: data.entry, author: data.author, date: new Date(data.date).toISOString().slice(0, 10), source: data.source, body };
		});
}

test('an entry lists its notes newest first, with author, date and versions', async ({ page, request }) => {
	const all = notes();
	test.skip(all.length === 0, 'no notes yet');
	const index = await loadIndex(request);
	const byEntry = Map.groupBy(all, (n) => n.entry);
	const [entryId, entryNotes] = [...byEntry.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
	await page.goto(index.find((r) => r.id === entryId)!.url);
	const shown = page.locator('#notes ~ ol .note, .notes .note');
	await expect(shown).toHaveCount(entryNotes.length);
	const dates = await shown.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
	expect(dates).toEqual([...dates].sort().reverse());
	for (const note of entryNotes) await expect(page.locator('.notes')).toContainText(`@${note.author}`);
});

test('an entry without notes invites one, and "Share a note" opens a pre-filled file for that entry', async ({ page, request }) => {
	const withNotes = new Set(notes().map((n) => n.entry));
	const record = (await loadIndex(request)).find((r) => !withNotes.has(r.id))!;
	await page.goto(record.url);
	await expect(page.locator('section[aria-labelledby="notes"]')).toContainText('No notes yet · Be the first to share a version-specific fix or tip.');
	const href = await page.getByRole('link', { name: 'Share a note' }).getAttribute('href');
	const url = new URL(href!);
	expect(url.pathname).toMatch(/\/new\/main$/);
	expect(url.searchParams.get('filename')).toMatch(new RegExp(`^content/notes/${record.id}/\\d{4}-\\d\\d-\\d\\d-your-tip\\.md$`));
	expect(url.searchParams.get('value')).toContain(`entry: ${record.id}`);
});

test('every note credits its author and links the thread it comes from', async ({ page, request }) => {
	const all = notes();
	test.skip(all.length === 0, 'no notes yet');
	const index = await loadIndex(request);
	for (const [entryId, entryNotes] of Map.groupBy(all, (n) => n.entry)) {
		await page.goto(index.find((r) => r.id === entryId)!.url);
		for (const note of entryNotes) {
			await expect(page.locator('.notes').getByRole('link', { name: `@${note.author}` })).toHaveAttribute('href', `https://github.com/${note.author}`);
			if (note.source) await expect(page.locator(`.notes a[href="${note.source}"]`)).toHaveText('source thread');
		}
	}
});

/** Words of a note whose stem (roughly: all but the last three letters, as Pagefind stems) appears in no entry file or other note, so only the note can make its entry match them. */
function wordsOnlyInNote(note: NoteFile): string[] {
	const dir = join(ROOT, 'content/errors');
	const entriesText = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => readFileSync(join(dir, f), 'utf8').toLowerCase())
		.join('\n');
	const otherNotes = notes().filter((n) => n !== note && n.body !== note.body).map((n) => n.body.toLowerCase()).join('\n');
	const words = note.body.replace(/`[^`]*`/g, ' ').match(/\b[a-z]{9,}\b/gi) ?? [];
	return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => {
		const stem = w.slice(0, -3);
		return !entriesText.includes(stem) && !otherNotes.includes(stem);
	});
}

test('notes are searchable: a word that only a note uses finds its entry', async ({ page }) => {
	const all = notes();
	test.skip(all.length === 0, 'no notes yet');
	const probes = all.map((note) => ({ note, word: wordsOnlyInNote(note)[0] })).filter((p) => p.word).slice(0, 3);
	expect(probes.length).toBeGreaterThan(0);
	for (const { note, word } of probes) {
		await page.goto(`/search/?q=${encodeURIComponent(word!)}`);
		expect(await resultIds(page), `"${word}" from a note on ${note.entry}`).toContain(note.entry);
	}
});
