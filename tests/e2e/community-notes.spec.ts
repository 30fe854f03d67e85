import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { ROOT } from '../../scripts/lib/entries';
import { loadIndex } from '../support/site';

interface NoteFile {
	entry: string;
	author: string;
	date: string;
}

function notes(): NoteFile[] {
	const dir = join(ROOT, 'content/notes');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const data = splitFrontmatter(readFileSync(join(dir, f), 'utf8')).data as { entry: string; author: string; date: string | Date };
			return { entry: data.entry, author: data.author, date: new Date(data.date).toISOString().slice(0, 10) };
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
