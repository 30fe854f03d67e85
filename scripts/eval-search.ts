/**
 * npm run eval:search [-- FILE.jsonl ...] [--fill]
 *
 * Measures search quality against the built site, in real Chromium: pastes
 * every case of each labelled file (one JSON object a line: `text`, `expect_ids`)
 * into the search box and prints top-1 and top-3 hit rates, with every miss.
 * Builds nothing: run `npm run build` first (or set BASE_URL to a served site).
 * --fill types the text with Playwright's fill() instead of a clipboard paste:
 * the browser then deletes the newlines, as a single-line box does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';
import { pasteInto, resultIds } from '../tests/support/site';
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
if (files.length === 0) files.push(join(ROOT, '../shared/eval/tracebacks-dev.jsonl'));

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
		let top1 = 0;
		let top3 = 0;
		const misses: string[] = [];
		for (const [i, c] of cases.entries()) {
			const input = page.locator('input[name=q]');
			await input.fill('');
			await page.locator('[data-results][data-state="idle"]').waitFor({ state: 'attached' });
			if (useFill) await input.fill(c.text);
			else await pasteInto(page, 'input[name=q]', c.text);
			const ids = await resultIds(page);
			const first = c.expect_ids.includes(ids[0]!);
			const inTop3 = ids.slice(0, 3).some((id) => c.expect_ids.includes(id));
			top1 += Number(first);
			top3 += Number(inTop3);
			if (!first) misses.push(`  ${c.id ?? `#${i + 1}`}: expected ${c.expect_ids.join(' | ')}; got ${ids.slice(0, 3).join(', ') || '(nothing)'}${inTop3 ? ' (in top 3)' : ''}`);
		}
		const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)} %`;
		console.log(`${file.split('/').at(-1)} (${cases.length} cases, ${useFill ? 'fill' : 'paste'}): top-1 ${top1}/${cases.length} = ${pct(top1)}, top-3 ${top3}/${cases.length} = ${pct(top3)}`);
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
