/**
 * npm run bench:build -- N [N ...] [--baseline]
 *
 * Builds a site of N entries: the real catalog (`content/errors`, with its
 * notes) plus synthetic but realistic entries up to N, so that pastes of real
 * errors can be searched for among N pages (`DIST_DIR=.bench/<N>/dist npm run
 * eval:search` / `bench:search`). Prints wall time, peak memory (of the build's
 * processes together, polled from /proc), dist size,
 * Pagefind index size and pages per second, then the same figures as one JSON
 * line for tools: {"entries":N,"buildSeconds":…,"peakRssMB":…,"distMB":…}.
 * --baseline also builds the same generated entries with a minimal Astro + MDX +
 * Pagefind site (one page per entry: its title and body; no schema, no code
 * highlighting, no cards) in the same run, and prints the ratio of seconds per
 * entry. Nothing is written outside `.bench/` (git-ignored).
 *
 * The generated corpus, for feeding the same entries to another site generator:
 *   .bench/<N>/content/errors/<provider>/<id>.mdx   (the real entries, copied)
 *   .bench/<N>/content/errors/openai/synthetic-<00001>.mdx   (N minus the real ones)
 *   .bench/<N>/content/notes/<entry-id>/<date>-<slug>.md   (the real notes, copied)
 * one file per entry, YAML frontmatter between `---` lines followed by a Markdown body.
 * Frontmatter fields (all present in every file), as in src/schemas/entry.ts:
 *   title, provider, library, exceptions[{name, origin}], scope, status, type, code, param,
 *   messages[{text, label}], severity, impact, difficulty, timeToFix, retry, meaning, shortCause,
 *   shortFix, stackTrace{lang, text}, quickFix, detection, causes[{id, cause, fix}],
 *   examples[{lang, broken, fixed}], examplesNote, workaround, prevention,
 *   compatibility[{sdk, versions, checked}], verified, verifyUrl,
 *   sources[{title, url, kind}], related[ids], aliases[]
 * The generator is deterministic: the same N gives byte-identical files.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from './lib/entries';
import { watchMemory } from './lib/process-memory';
import { severityFor } from '../src/lib/severity-rule';

const withBaseline = process.argv.includes('--baseline');
const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
	console.error('usage: npm run bench:build -- N [N ...]   e.g. npm run bench:build -- 100 1000 10000');
	process.exit(2);
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COMMON =
	'request model token quota limit organization project deployment endpoint header version client server response stream timeout retry backoff key permission region payload schema parameter function tool message context window billing budget credit account gateway proxy certificate network connection'.split(
		' ',
	);
/** A vocabulary as varied as real error pages: common words plus thousands of rarer ones (names, codes, parameters). */
const SYLLABLES = 'ka lo mi ne su ta ri po ve xa zu bel cor dan fen gil hor jun kel mor nax pil qua rev sol tur vim wex yor zan'.split(' ');
const RARE = Array.from({ length: 4000 }, (_, i) => {
	let word = '';
	for (let n = i + 7, parts = 0; parts < 3 || n > 0; parts++, n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
	return word;
});
/** The SDK's exception classes and the statuses each is raised for, as in openai-python and openai-node. */
const STATUSES_OF_CLASS: Record<string, (number | null)[]> = {
	BadRequestError: [400],
	AuthenticationError: [401],
	PermissionDeniedError: [403],
	NotFoundError: [404],
	ConflictError: [409],
	UnprocessableEntityError: [422],
	RateLimitError: [429],
	InternalServerError: [500, 502, 503],
	APIConnectionError: [null],
	APITimeoutError: [null],
};
const CLASSES = Object.keys(STATUSES_OF_CLASS);

function entry(i: number, n: number, next: () => number) {
	const pick = <T,>(items: T[]) => items[Math.floor(next() * items.length)]!;
	// Zipf-like: a few words are everywhere, most are rare.
	const word = () => (next() < 0.4 ? pick(COMMON) : RARE[Math.floor(RARE.length * next() ** 2.5)]!);
	const words = (count: number) => Array.from({ length: count }, word).join(' ');
	const sentence = (count: number) => {
		const text = words(count);
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const id = `synthetic-${String(i).padStart(5, '0')}`;
	const cls = pick(CLASSES);
	const status = pick(STATUSES_OF_CLASS[cls]!);
	const message = `The ${words(3)} ${i} ${words(4)} for {model} in ${words(2)} {n}.`;
	const retry = pick(['no', 'yes', 'backoff'] as const);
	const impact = retry === 'no' ? pick(['service-down', 'request-fails'] as const) : 'transient';
	const related = Array.from({ length: 3 }, () => `synthetic-${String(1 + Math.floor(next() * n)).padStart(5, '0')}`).filter((r) => r !== id);
	return {
		id,
		data: {
			title: `${cls}: The ${words(3)} ${i} ${words(2)}`,
			provider: 'openai',
			library: 'openai-python / openai-node',
			exceptions: [
				{ name: `openai.${cls}`, origin: 'openai-python' },
				{ name: cls, origin: 'openai-node' },
			],
			scope: 'message',
			status,
			type: status ? 'invalid_request_error' : null,
			code: `${word()}_${word()}_${i}`,
			param: null,
			messages: [{ text: message, label: 'API' }],
			// The severity rule holds for generated entries too: the badge follows the impact.
			severity: severityFor(impact),
			impact,
			difficulty: pick(['beginner', 'intermediate', 'advanced']),
			timeToFix: '5-15 min',
			retry,
			meaning: sentence(24),
			shortCause: sentence(10),
			shortFix: sentence(10),
			stackTrace: { lang: 'python', text: `Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\nopenai.${cls}: ${message.replace('{model}', 'gpt-4o').replace('{n}', '42')}` },
			quickFix: sentence(30),
			detection: sentence(30),
			causes: [1, 2, 3].map((c) => ({ id: `cause-${c}`, cause: sentence(14), fix: sentence(20) })),
			examples: [
				{ lang: 'python', broken: `from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])  # ${words(4)}`, fixed: `from openai import OpenAI\nclient = OpenAI(max_retries=5)\nclient.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])` },
				{ lang: 'typescript', broken: `import OpenAI from 'openai';\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [] });`, fixed: `import OpenAI from 'openai';\nconst client = new OpenAI({ maxRetries: 5 });\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });` },
			],
			examplesNote: sentence(20),
			workaround: sentence(30),
			prevention: sentence(40),
			compatibility: [
				{ sdk: 'openai-python', versions: '>=1.0.0', checked: '3.3.1' },
				{ sdk: 'openai-node', versions: '>=4.0.0', checked: '7.5.0' },
			],
			verified: `2026-${String(1 + Math.floor(next() * 11)).padStart(2, '0')}`,
			verifyUrl: 'https://platform.openai.com/docs/guides/error-codes',
			sources: [{ title: 'OpenAI docs: Error codes', url: 'https://platform.openai.com/docs/guides/error-codes', kind: 'docs' }],
			related,
			aliases: [],
		},
		body: Array.from({ length: 3 }, () => sentence(60)).join('\n\n'),
	};
}

/** The real entries and notes, copied as they are; returns how many entries. */
function copyCatalog(dir: string): number {
	for (const collection of ['errors', 'notes']) {
		const from = join(ROOT, 'content', collection);
		if (existsSync(from)) cpSync(from, join(dir, collection), { recursive: true });
	}
	return readdirSync(join(dir, 'errors'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
}

function generate(n: number, dir: string) {
	rmSync(dir, { recursive: true, force: true });
	const folder = join(dir, 'errors/openai');
	mkdirSync(folder, { recursive: true });
	mkdirSync(join(dir, 'notes'), { recursive: true });
	const real = copyCatalog(dir);
	const next = random(n);
	for (let i = 1; i <= n - real; i++) {
		const { id, data, body } = entry(i, n - real, next);
		writeFileSync(join(folder, `${id}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
	}
}

function sizeOf(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const toMB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Measured {
	seconds: number;
	peakRssMB?: number;
	/** Each process's own peak, by command (Node is `MainThread`, Pagefind's indexer `pagefind_extend`). */
	peakRssByCommandMB?: Record<string, number>;
	/** Who held what at the moment of the peak, and when (seconds after the start). */
	atPeak?: { seconds: number; byCommandMB: Record<string, number> };
}

/** How each site is built: the site as `npm run build` builds it, the baseline with a plain `astro build`. */
const SITE_BUILD = [join(ROOT, 'scripts/astro-build.mjs')];
const PLAIN_BUILD = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];

/** Runs a build command in `cwd` with `env`, measuring wall time and the peak memory of all its processes together. */
async function astroBuild(build: string[], cwd: string, env: Record<string, string>, what: string): Promise<Measured> {
	const start = performance.now();
	const child = spawn(process.execPath, [...build, '--silent'], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const memory = watchMemory(child.pid!);
	let output = '';
	const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-8000));
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const [status] = (await once(child, 'exit')) as [number | null];
	const seconds = (performance.now() - start) / 1000;
	const peak = memory.stop();
	if (status !== 0) {
		console.error(output);
		throw new Error(`${what} failed`);
	}
	if (!peak) return { seconds };
	const inMB = (byCommand: Map<string, number>) =>
		Object.fromEntries([...byCommand].filter(([, bytes]) => bytes >= 100 * 1024 * 1024).map(([command, bytes]) => [command, toMB(bytes)]));
	return {
		seconds,
		peakRssMB: toMB(peak.totalBytes),
		peakRssByCommandMB: inMB(peak.byCommand),
		atPeak: { seconds: Math.round(peak.atPeak.afterMs / 100) / 10, byCommandMB: inMB(peak.atPeak.byCommand) },
	};
}

/**
 * The baseline: the least an Astro + Pagefind site can do with these entries,
 * written next to the corpus. Its build is timed together with its Pagefind run.
 */
function baselineSite(base: string, content: string, out: string): string {
	const site = join(base, 'baseline');
	rmSync(site, { recursive: true, force: true });
	mkdirSync(join(site, 'src/pages'), { recursive: true });
	writeFileSync(
		join(site, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createIndex, close } from 'pagefind';

export default defineConfig({
	output: 'static',
	outDir: ${JSON.stringify(out)},
	integrations: [
		mdx(),
		{
			name: 'pagefind',
			hooks: {
				'astro:build:done': async () => {
					const { index } = await createIndex({});
					await index.addDirectory({ path: ${JSON.stringify(out)} });
					await index.writeFiles({ outputPath: ${JSON.stringify(join(out, 'pagefind'))} });
					await close();
				},
			},
		},
	],
});
`,
	);
	writeFileSync(
		join(site, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	errors: defineCollection({ loader: glob({ base: ${JSON.stringify(join(content, 'errors'))}, pattern: '**/[^_]*.mdx' }) }),
};
`,
	);
	writeFileSync(
		join(site, 'src/pages/[...id].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('errors')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
	);
	return site;
}

/** "3100 MB at 60 s (MainThread 1900 MB, pagefind_extend 1200 MB); own peaks: MainThread 2900 MB, pagefind_extend 1200 MB". */
function describePeak({ peakRssMB, peakRssByCommandMB, atPeak }: Measured): string {
	if (peakRssMB === undefined || !atPeak) return 'n/a (no /proc)';
	const list = (byCommand: Record<string, number>) => Object.entries(byCommand).map(([command, mb]) => `${command} ${mb} MB`).join(', ');
	return `${peakRssMB} MB, all processes at once, at ${atPeak.seconds} s (${list(atPeak.byCommandMB)}); own peaks: ${list(peakRssByCommandMB ?? {})}`;
}

const rows: string[] = [];
for (const n of sizes) {
	const base = join(ROOT, '.bench', String(n));
	const content = join(base, 'content');
	const out = join(base, 'dist');
	const genStart = performance.now();
	generate(n, content);
	const genMs = performance.now() - genStart;
	rmSync(out, { recursive: true, force: true });
	// A cold build: the cards cached by earlier builds are not reused (see src/pages/og/[id].png.ts).
	const cache = join(base, 'cache');
	rmSync(cache, { recursive: true, force: true });
	const built = await astroBuild(SITE_BUILD, ROOT, { ATLAS_CONTENT_DIR: content, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache }, `build of ${n} entries`);
	const seconds = built.seconds;
	const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	rows.push(
		[
			`N=${n}`,
			`generate ${(genMs / 1000).toFixed(1)} s`,
			`build ${seconds.toFixed(1)} s`,
			`peak RSS ${describePeak(built)}`,
			`dist ${mb(sizeOf(out))}`,
			`pagefind ${mb(sizeOf(join(out, 'pagefind')))}`,
			`${pages} pages, ${(pages / seconds).toFixed(0)} pages/s`,
			`${((seconds * 1000) / n).toFixed(1)} ms/entry`,
		].join(' | '),
	);
	console.log(rows.at(-1));
	const figures: Record<string, number | undefined> = { entries: n, buildSeconds: Math.round(seconds * 10) / 10, peakRssMB: built.peakRssMB, distMB: toMB(sizeOf(out)) };
	if (withBaseline) {
		const baselineOut = join(base, 'baseline-dist');
		rmSync(baselineOut, { recursive: true, force: true });
		const baseline = await astroBuild(PLAIN_BUILD, baselineSite(base, content, baselineOut), {}, `baseline build of ${n} entries`);
		const ratio = seconds / baseline.seconds;
		console.log(
			`N=${n} baseline (Astro + MDX + Pagefind, title and body only) | build ${baseline.seconds.toFixed(1)} s | peak RSS ${describePeak(baseline)} | ${((baseline.seconds * 1000) / n).toFixed(1)} ms/entry | ratio ${ratio.toFixed(2)}x seconds per entry`,
		);
		Object.assign(figures, { baselineSeconds: Math.round(baseline.seconds * 10) / 10, baselinePeakRssMB: baseline.peakRssMB, ratio: Math.round(ratio * 100) / 100 });
	}
	console.log(JSON.stringify(figures));
}
