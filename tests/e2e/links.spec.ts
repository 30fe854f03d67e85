/**
 * Links are forever: no broken internal link or anchor in the built site,
 * every published URL still resolves, every alias redirects to its entry.
 * These read dist/ from disk.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPaths, fileFor, htmlFiles, idsOf, internalLinks, DIST, readLedger } from '../../scripts/lib/dist';
import { readAllEntries } from '../../scripts/lib/entries';

test('no internal link or anchor in the built site is broken', () => {
	const broken: string[] = [];
	const idsCache = new Map<string, Set<string>>();
	const ids = (file: string) => {
		if (!idsCache.has(file)) idsCache.set(file, idsOf(readFileSync(file, 'utf8')));
		return idsCache.get(file)!;
	};
	for (const file of htmlFiles()) {
		const page = `/${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
		for (const link of internalLinks(readFileSync(file, 'utf8'))) {
			const url = new URL(link, `http://site${page}`);
			if (url.pathname.startsWith('/search/') && url.search) continue;
			const target = fileFor(url.pathname);
			if (!target) broken.push(`${page} → ${link} (no such page)`);
			else if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${page} → ${link} (no such anchor)`);
			}
		}
	}
	expect(broken).toEqual([]);
});

test('every URL in the ledger of published URLs still resolves', () => {
	const ledger = readLedger();
	expect(ledger.length).toBeGreaterThan(0);
	expect(ledger.filter((path) => !fileFor(path))).toEqual([]);
});

test('every page the site builds is recorded in the ledger (run `npm run ledger` after adding entries)', () => {
	const ledger = new Set(readLedger());
	const missing = builtPaths().filter((path) => path !== '/404.html' && !ledger.has(path));
	expect(missing).toEqual([]);
});

test('every alias of an entry redirects to it', async ({ page }) => {
	const { entries } = readAllEntries();
	const aliases = entries.flatMap((e) => e.data.aliases.map((alias) => ({ alias, target: `/${e.data.provider}/${e.id}/` })));
	for (const { alias, target } of aliases) {
		await page.goto(alias);
		await page.waitForURL(`**${target}`);
		expect(new URL(page.url()).pathname).toBe(target);
	}
	for (const { alias, target } of aliases) {
		const html = readFileSync(fileFor(alias)!, 'utf8');
		expect(html).toContain(`rel="canonical" href="https://`);
		expect(html).toContain(target);
	}
});
