/**
 * The code highlighter's worker threads (src/integrations/highlighter-pool.ts): the HTML
 * a block gets from them is the HTML Expressive Code gives the same block, with the
 * stylesheet link on a page's first block only, and a build waiting for a block stays alive.
 */
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAstroRenderer, mergeEcConfigOptions } from 'astro-expressive-code';
import { toHtml } from 'astro-expressive-code/hast';
import ecConfigFile from '../../ec.config.mjs';
import { HighlighterPool, type CodeBlockRequest } from '../../src/integrations/highlighter-pool';

const ROOT = pathToFileURL(`${process.cwd()}/`).href;
const WORKER = new URL('../../src/integrations/highlight-worker.mjs', import.meta.url);
const setup = { astroConfig: { root: ROOT, base: '/' }, ecIntegrationOptions: {} };
const pool = new HighlighterPool(WORKER, 2);
afterAll(() => pool.close());

const TRACE = 'Traceback (most recent call last):\n  File "/app/main.py", line 9, in <module>\nopenai.RateLimitError: Error code: 429';
const block = (groupIndex: number, extra: Partial<CodeBlockRequest> = {}): CodeBlockRequest => ({
	code: "from openai import OpenAI\n\tclient = OpenAI(max_retries=5)",
	lang: 'python',
	props: {},
	url: 'http://localhost/openai/example/',
	groupIndex,
	...extra,
});

test("a block rendered on a worker is the HTML Expressive Code's own renderer gives it", async () => {
	const { ec } = await createAstroRenderer({ astroConfig: setup.astroConfig as never, ecConfig: mergeEcConfigOptions({}, ecConfigFile) });
	for (const request of [block(0), block(1), block(2, { code: TRACE, lang: 'text', props: { frame: 'terminal', title: 'Example output' } })]) {
		const { renderedGroupAst } = await ec.render({
			code: request.code.replace(/\t/g, '  '),
			language: request.lang!,
			meta: '',
			props: request.props,
			parentDocument: { sourceFilePath: request.url, positionInDocument: { groupIndex: request.groupIndex } },
		});
		expect(await pool.highlight(setup, request)).toBe(toHtml(renderedGroupAst));
	}
});

test("only a page's first block links Expressive Code's stylesheet, and every block shows its code", async () => {
	const [first, second] = await Promise.all([pool.highlight(setup, block(0)), pool.highlight(setup, block(1, { code: TRACE, lang: 'text', props: { title: 'Example output' } }))]);
	expect(first).toMatch(/<link rel="stylesheet" href="\/_astro\/ec\.[a-z0-9]+\.css">/);
	expect(second).not.toContain('<link');
	expect(first).toContain('OpenAI');
	expect(second).toContain('Example output');
	expect(second).toContain('openai.RateLimitError: Error code: 429');
});

test('a build waiting only for a block stays alive until the block comes back', () => {
	// The pool's idle workers do not hold a process open; one with a block in hand must.
	const script = `
		import { HighlighterPool } from ${JSON.stringify(new URL('../../src/integrations/highlighter-pool.ts', import.meta.url).href)};
		const pool = new HighlighterPool(new URL(${JSON.stringify(WORKER.href)}), 1);
		const html = await pool.highlight(${JSON.stringify(setup)}, ${JSON.stringify(block(0))});
		console.log('rendered', html.length > 0);
	`;
	const dir = mkdtempSync(join(tmpdir(), 'highlighter-'));
	writeFileSync(join(dir, 'wait.mts'), script);
	const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'wait.mts')], { encoding: 'utf8', timeout: 60_000 });
	rmSync(dir, { recursive: true });
	expect(run.stderr).toBe('');
	expect(run.stdout.trim()).toBe('rendered true');
	expect(run.status).toBe(0);
});
