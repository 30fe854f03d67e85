/**
 * Proves an entry's TypeScript example with the real `openai` npm package:
 * the broken code, against the mocked error response, must fail with the
 * SDK's own error class and the entry's message; the fixed code must succeed
 * once the mock answers (after retries, for errors worth retrying).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type DiskEntry } from './entries';
import { startMock, type MockResponse } from './mock-openai';
import { sdkById } from '../../src/providers';
import { shortName } from '../../src/lib/traceback/exception-line';

export interface Proof {
	/** What was shown: the class the broken code raised, and that the fixed code worked. */
	raised: string;
	fixed: 'succeeds' | 'recovers';
}

export interface ProofFailure {
	id: string;
	reason: string;
}

const WORK_DIR = join(ROOT, 'node_modules/.proofs');
const RUN_TIMEOUT_MS = 30_000;

export function openaiNodeVersion(): string {
	return (JSON.parse(readFileSync(join(ROOT, 'node_modules/openai/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Loaded before each example: every request the example makes, whatever host it
 * names (api.openai.com, an Azure resource), goes to the mock instead.
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

/** Sample text for the local files an example reads (a report to summarise, a prompt file). */
function provideReadFiles(code: string): void {
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

/** Runs a TypeScript snippet as a module with tsx, against the mock. */
function runSnippet(file: string, code: string, baseURL: string): Promise<{ code: number | null; output: string }> {
	mkdirSync(WORK_DIR, { recursive: true });
	writeShared(join(WORK_DIR, 'package.json'), '{ "type": "module" }\n');
	writeShared(join(WORK_DIR, 'redirect-fetch.mjs'), REDIRECT_FETCH);
	provideReadFiles(code);
	const path = join(WORK_DIR, file);
	writeFileSync(path, `${code}\nexport {};\n`);
	const origin = baseURL.replace(/\/v1$/, '');
	// The Azure client refuses OPENAI_BASE_URL next to its endpoint: give each client only its own.
	const azure = /\bAzureOpenAI\b/.test(code);
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', '--import', './redirect-fetch.mjs', path], {
			cwd: WORK_DIR,
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				...(azure
					? { AZURE_OPENAI_API_KEY: 'mock-azure-key', AZURE_OPENAI_ENDPOINT: origin, OPENAI_API_VERSION: '2024-10-21' }
					: { OPENAI_API_KEY: 'sk-mock-key-for-tests', OPENAI_BASE_URL: baseURL }),
				OPENAI_LOG: 'off',
				PROOF_MOCK_ORIGIN: origin,
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

/** An entry can be proven when it has a TypeScript example and the HTTP response that causes it. */
export function provable(entry: DiskEntry): boolean {
	return Boolean(entry.data.response) && entry.data.examples.some((ex) => ex.lang === 'typescript');
}

function errorMessage(response: MockResponse): string | undefined {
	const body = response.body as { error?: { message?: unknown } } | undefined;
	return typeof body?.error?.message === 'string' ? body.error.message : undefined;
}

export async function proveEntry(entry: DiskEntry): Promise<Proof | ProofFailure> {
	const example = entry.data.examples.find((ex) => ex.lang === 'typescript');
	const response = entry.data.response;
	if (!example || !response) return { id: entry.id, reason: 'no TypeScript example or no response to replay' };
	const error: MockResponse = { status: response.status, headers: response.headers, body: response.body };
	const nodeClasses = entry.data.exceptions.filter((x) => sdkById(x.origin)?.runtime === 'node' && !sdkById(x.origin)?.legacy).map((x) => shortName(x.name));
	const message = errorMessage(error);

	const broken = await startMock({ error, failures: Infinity });
	const brokenRun = await runSnippet(`${entry.id}.broken.ts`, example.broken, broken.url);
	await broken.close();
	if (brokenRun.code === 0) return { id: entry.id, reason: 'the broken example exited without an error' };
	const raised = nodeClasses.find((name) => new RegExp(`\\b${name}\\b`).test(brokenRun.output));
	if (!raised) return { id: entry.id, reason: `the broken example did not raise ${nodeClasses.join(' or ') || 'a Node SDK class'}: ${brokenRun.output.slice(0, 300)}` };
	if (message && !brokenRun.output.includes(`${response.status} ${message.slice(0, 60)}`)) {
		return { id: entry.id, reason: `the broken example's error does not show "${response.status} ${message.slice(0, 60)}"` };
	}

	const retryable = entry.data.retry !== 'no';
	const fixed = await startMock({ error, failures: retryable ? 1 : 0 });
	const fixedRun = await runSnippet(`${entry.id}.fixed.ts`, example.fixed, fixed.url);
	await fixed.close();
	if (fixedRun.code !== 0) return { id: entry.id, reason: `the fixed example failed: ${fixedRun.output.slice(0, 300)}` };
	return { raised, fixed: retryable ? 'recovers' : 'succeeds' };
}
