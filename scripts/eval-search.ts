/**
 * npm run eval:search [-- FILE.jsonl ...] [--fill]
 *
 * Measures search quality against the built site, in real Chromium: pastes
 * every case of each labelled file (one JSON object a line: `text`, `expect_ids`)
 * into the search box and prints each file's figures, with every miss:
 * - a case with expected ids scores "first" when the page offers one of them as
 *   the answer (`data-state="done"`, first result), and "top 3" when one of them
 *   is among the first three results, answer or not;
 * - a case with `"expect_ids": []` is outside the catalog and scores "honest" only
 *   when the page claims no entry (`nomatch` or `empty`).
 * With no file, every set in ../shared/eval/ runs. Builds nothing: run
 * `npm run build` first. --fill types the text with Playwright's fill() with its
 * newlines deleted, as a single-line box (the header's) does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';
import { pasteInto, searchResult, SEARCH_BOX } from '../tests/support/site';
import { ROOT } from './lib/entries';
import { startPreview } from './lib/preview';

interface Case {
	id?: string;
	text: string;
	expect_ids: string[];
}

const args = process.argv.slice(2);
const useFill = args.includes('--fill');
const files = args.filter((a) => !a.startsWith('--'));
const EVAL_DIR = join(ROOT, '../shared/eval');
if (files.length === 0) files.push(...readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(EVAL_DIR, f)));

const preview = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto(`${preview.url}/search/`);
let exitCode = 0;

try {
	for (const file of files) {
		const cases: Case[] = readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => JSON.parse(line) as Case);
		let first = 0;
		let top3 = 0;
		let honest = 0;
		const outside = cases.filter((c) => c.expect_ids.length === 0).length;
		const misses: string[] = [];
		for (const [i, c] of cases.entries()) {
			const box = page.locator(SEARCH_BOX);
			await box.fill('');
			await page.locator('[data-results][data-state="idle"]').waitFor({ state: 'attached' });
			if (useFill) await box.fill(c.text.replace(/\r?\n/g, ''));
			else await pasteInto(page, SEARCH_BOX, c.text);
			const { state, ids } = await searchResult(page);
			const label = c.id ?? `#${i + 1}`;
			if (c.expect_ids.length === 0) {
				const ok = state === 'nomatch' || state === 'empty';
				honest += Number(ok);
				if (!ok) misses.push(`  ${label}: outside the catalog, but answered ${ids[0]} (${state})`);
				continue;
			}
			const isFirst = state === 'done' && c.expect_ids.includes(ids[0]!);
			const inTop3 = ids.slice(0, 3).some((id) => c.expect_ids.includes(id));
			first += Number(isFirst);
			top3 += Number(inTop3);
			if (!isFirst) misses.push(`  ${label}: expected ${c.expect_ids.join(' | ')}; got ${state}: ${ids.slice(0, 3).join(', ') || '(nothing)'}${inTop3 ? ' (in top 3)' : ''}`);
		}
		const inside = cases.length - outside;
		const figures = [
			inside && `first ${first}/${inside}, top 3 ${top3}/${inside}`,
			outside && `honest ${honest}/${outside}`,
		].filter(Boolean);
		console.log(`${file.split('/').at(-1)} (${cases.length} cases, ${useFill ? 'fill' : 'paste'}): ${figures.join('; ')}`);
		if (misses.length) console.log(misses.join('\n'));
	}
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await browser.close();
	preview.close();
}
process.exit(exitCode);
