/**
 * Proves an entry's TypeScript example with the provider's real npm SDK: the
 * broken code, against the mocked error (a replayed response, an error event
 * inside a stream, a server that never answers, a closed port, a missing key,
 * a browser-like runtime or arguments the SDK refuses), must fail with the SDK's own error class and the
 * entry's message; the fixed code must succeed once the mock answers (after
 * retries, for errors worth retrying).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type DiskEntry } from './entries';
import { startMock, type MockResponse } from './mock-api';
import { packageVersion, proofKit, type ProofKit } from './proof-kits';
import { sdkById } from '../../src/providers';
import { shortName } from '../../src/lib/traceback/exception-line';
import { templateHead } from '../../src/lib/search/template';

export interface Proof {
	/** The npm package and version the example ran against. */
	sdk: string;
	version: string;
	/** What was shown: the class the broken code raised, and that the fixed code worked. */
	raised: string;
	fixed: 'succeeds' | 'recovers';
}

export interface ProofFailure {
	id: string;
	reason: string;
}

type Reproduce = NonNullable<DiskEntry['data']['reproduce']>;

const WORK_DIR = join(ROOT, 'node_modules/.proofs');
const RUN_TIMEOUT_MS = 40_000;

/**
 * Loaded before each example: every request the example makes, whatever host it
 * names (api.openai.com, an Azure resource, api.anthropic.com, a Bedrock region),
 * goes to the mock instead.
 */
const REDIRECT_FETCH = `
const target = new URL(process.env.PROOF_MOCK_ORIGIN);
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
	const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
	url.protocol = target.protocol;
	url.host = target.host;
	return input instanceof Request ? realFetch(new Request(url, input), init) : realFetch(url, init);
};
`;

/** The globals the SDKs' browser checks look for. */
const BROWSER_LIKE = `
globalThis.window = globalThis;
globalThis.document = { createElement() { return {}; } };
`;

/** Sample text for the local files an example reads (a report to summarise, a prompt file), and the `.env` it loads. */
function provideReadFiles(code: string, env: Record<string, string>): void {
	if (/loadEnvFile\(|dotenv/.test(code)) {
		const keys = Object.entries(env).filter(([name]) => /_API_KEY$/.test(name));
		writeShared(join(WORK_DIR, '.env'), keys.map(([name, value]) => `${name}=${value}`).join('\n') + '\n');
	}
	for (const match of code.matchAll(/readFileSync\(\s*['"]([\w./-]+)['"]/g)) {
		const path = join(WORK_DIR, match[1]!);
		mkdirSync(join(path, '..'), { recursive: true });
		writeShared(path, 'Sample text for the example. '.repeat(200));
	}
}

/**
 * Writes a shared file only when its content differs: snippets run in parallel,
 * and rewriting (truncate, then write) could let a starting one read it half-written.
 */
function writeShared(path: string, content: string): void {
	if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
	const partial = `${path}.${process.pid}.tmp`;
	writeFileSync(partial, content);
	renameSync(partial, path);
}

interface RunOptions {
	kit: ProofKit;
	origin: string;
	withKey: boolean;
	browserLike: boolean;
}

/** Runs a TypeScript snippet as a module with tsx, against the mock. */
function runSnippet(file: string, code: string, options: RunOptions): Promise<{ code: number | null; output: string }> {
	mkdirSync(WORK_DIR, { recursive: true });
	writeShared(join(WORK_DIR, 'package.json'), '{ "type": "module" }\n');
	writeShared(join(WORK_DIR, 'redirect-fetch.mjs'), REDIRECT_FETCH);
	writeShared(join(WORK_DIR, 'browser-like.mjs'), BROWSER_LIKE);
	provideReadFiles(code, options.kit.env(options.origin, code, true));
	const path = join(WORK_DIR, file);
	writeFileSync(path, `${code}\nexport {};\n`);
	const preload = ['--import', 'tsx', '--import', './redirect-fetch.mjs', ...(options.browserLike ? ['--import', './browser-like.mjs'] : [])];
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [...preload, path], {
			cwd: WORK_DIR,
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				...options.kit.env(options.origin, code, options.withKey),
				PROOF_MOCK_ORIGIN: options.origin,
				NODE_NO_WARNINGS: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output });
		});
	});
}

/** An origin where nothing listens: a port the system handed out and that was closed again. */
async function closedOrigin(): Promise<string> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return `http://127.0.0.1:${port}`;
}

/** An entry can be proven when it has a TypeScript example and a way to produce its error. */
export function provable(entry: DiskEntry): boolean {
	return Boolean(entry.data.response || entry.data.reproduce) && entry.data.examples.some((ex) => ex.lang === 'typescript') && Boolean(proofKit(entry.data.provider));
}

/** What the output must show of a message template: up to 60 characters of its fixed start. */
function literalStart(template: string): string {
	return templateHead(template).slice(0, 60);
}

/**
 * The classes a Node program can show for this entry: its Node SDKs' first, then the runtime's,
 * which is what a client-side error, code that misreads a 200 the SDK returned without raising,
 * or an SDK whose classes set no `name` (the legacy @google/generative-ai) print.
 */
function nodeClasses(entry: DiskEntry): string[] {
	const sdkClasses = entry.data.exceptions.filter((x) => sdkById(x.origin)?.runtime === 'node');
	// Runtime classes, and a wrapper's classes printed without a module (the OpenAI SDK on Gemini's compatible endpoint).
	const runtimeClasses = entry.data.exceptions.filter((x) => (x.origin === 'runtime' || x.origin === 'framework') && !x.name.includes('.'));
	return [...sdkClasses, ...runtimeClasses].map((x) => shortName(x.name));
}

export async function proveEntry(entry: DiskEntry): Promise<Proof | ProofFailure> {
	const example = entry.data.examples.find((ex) => ex.lang === 'typescript');
	const kit = proofKit(entry.data.provider);
	const response = entry.data.response;
	const reproduce: Reproduce | undefined = entry.data.reproduce;
	if (!example || !kit || !(response || reproduce)) return { id: entry.id, reason: 'no TypeScript example, no SDK to run it or no way to produce the error' };
	const error: MockResponse = response ? { status: response.status, headers: response.headers, body: response.body } : { status: 500, body: {} };
	const classes = nodeClasses(entry);
	const base = { kit, withKey: reproduce !== 'no-api-key', browserLike: reproduce === 'browser-like' };

	const mode = reproduce === 'stream-error' || reproduce === 'no-response' ? reproduce : 'response';
	const clientSide = reproduce === 'no-api-key' || reproduce === 'browser-like' || reproduce === 'closed-port' || reproduce === 'refused-before-sending';
	const broken = await startMock({ error, failures: clientSide ? 0 : Infinity, mode });
	const origin = reproduce === 'closed-port' ? await closedOrigin() : broken.origin;
	const brokenRun = await runSnippet(`${entry.id}.broken.ts`, example.broken, { ...base, origin });
	await broken.close();
	if (brokenRun.code === 0) return { id: entry.id, reason: 'the broken example exited without an error' };
	const raised = classes.find((name) => new RegExp(`\\b${name}\\b`).test(brokenRun.output));
	if (!raised) return { id: entry.id, reason: `the broken example did not raise ${classes.join(' or ') || 'a Node SDK class'}: ${brokenRun.output.slice(0, 300)}` };
	const expected = reproduce ? entry.data.messages.map((m) => literalStart(m.text)) : [kit.rendering(response!.status, response!.body)].filter((x) => x !== undefined);
	if (expected.length && !expected.some((text) => brokenRun.output.includes(text))) {
		return { id: entry.id, reason: `the broken example's error does not show "${expected[0]}": ${brokenRun.output.slice(0, 300)}` };
	}

	// A request that was never answered is not replayed: the fixed code's first request is answered.
	const retryable = entry.data.retry !== 'no' && !clientSide && mode !== 'no-response';
	const fixed = await startMock({ error, failures: retryable ? 1 : 0, mode });
	const fixedRun = await runSnippet(`${entry.id}.fixed.ts`, example.fixed, { ...base, withKey: true, browserLike: false, origin: fixed.origin });
	await fixed.close();
	if (fixedRun.code !== 0) return { id: entry.id, reason: `the fixed example failed: ${fixedRun.output.slice(0, 300)}` };
	const sdk = kit.packageName(example.broken);
	return { sdk: `${sdk} (npm)`, version: packageVersion(sdk), raised, fixed: retryable ? 'recovers' : 'succeeds' };
}
