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
import { installDir, packageVersion, proofKit, type ProofKit } from './proof-kits';
import { sdkById } from '../../src/providers';
import { shortName } from '../../src/lib/traceback/exception-line';
import { templateHead } from '../../src/lib/search/template';
import { escapeRegExp } from '../../src/lib/escape-regexp';
import { runnableExample } from '../../src/lib/runnable-example';

export interface Proof {
	/** The npm package and version the example ran against, and the registry's id of that SDK. */
	sdk: string;
	sdkId: string;
	version: string;
	/** What was shown: the class the broken code raised, and that the fixed code worked. */
	raised: string;
	/**
	 * What the broken run printed for the error: the line Node prints for it (\`util.inspect\`) and
	 * the stack frames under it, with this machine's paths replaced by \`/app/\`. Pages show it as
	 * the Node trace.
	 */
	printed: string;
	fixed: 'succeeds' | 'recovers';
	/** The SDK the fixed code ran against, when it is another one (an upgrade is the fix). */
	fixedWith?: { sdk: string; sdkId: string; version: string };
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

/** The secret a webhook proof signs with, in the \`whsec_\` form the dashboard shows. */
const WEBHOOK_SECRET = `whsec_${Buffer.from('error-atlas proof webhook secret').toString('base64')}`;

/**
 * Appended to a webhook handler example (\`export async function POST(request)\`): sends it a
 * webhook signed the way OpenAI signs one (Standard Webhooks: HMAC-SHA256 over id, timestamp
 * and the raw body), with spacing that \`JSON.stringify\` of the parsed body does not keep.
 */
const SEND_SIGNED_WEBHOOK = `
import { createHmac as proofHmac } from 'node:crypto';
{
	const body = '{"id": "evt_proof", "object": "event", "created_at": 1733600000, "type": "response.completed", "data": {"id": "resp_proof"}}';
	const id = 'wh_proof';
	const timestamp = String(Math.floor(Date.now() / 1000));
	const key = Buffer.from(process.env.OPENAI_WEBHOOK_SECRET!.slice('whsec_'.length), 'base64');
	const signature = proofHmac('sha256', key).update(\`\${id}.\${timestamp}.\${body}\`).digest('base64');
	const headers = { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': \`v1,\${signature}\` };
	const answer = await POST(new Request('https://example.com/webhooks/openai', { method: 'POST', headers, body }));
	if (answer.status >= 400) throw new Error(\`the handler answered \${answer.status}\`);
}
`;

/** Marks the line where an error nobody caught is reported, as JSON. */
const UNCAUGHT_MARK = '@@proof-uncaught ';

/**
 * Reports an error the example does not catch as Node prints it (\`util.inspect\`: the class, as
 * in \`BadRequestError: 400 ...\`, where \`String(err)\` of most SDK errors says only \`Error\`) and
 * its stack, on one line a proof can find whatever else the example printed.
 */
const REPORT_UNCAUGHT = `
import { inspect } from 'node:util';
process.on('uncaughtException', (err) => {
	const chain = [];
	for (let proto = err && Object.getPrototypeOf(err); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) chain.push(proto.constructor?.name ?? '');
	const report = { chain, printed: inspect(err), stack: typeof err?.stack === 'string' ? err.stack : '' };
	process.stderr.write('\\n${UNCAUGHT_MARK}' + JSON.stringify(report) + '\\n');
	process.exit(1);
});
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
	/** The example is a webhook handler: send it a signed webhook. */
	webhook: boolean;
}

/** Runs a TypeScript snippet as a module with tsx, against the mock. */
function runSnippet(file: string, code: string, options: RunOptions): Promise<{ code: number | null; output: string }> {
	mkdirSync(WORK_DIR, { recursive: true });
	writeShared(join(WORK_DIR, 'package.json'), '{ "type": "module" }\n');
	writeShared(join(WORK_DIR, 'redirect-fetch.mjs'), REDIRECT_FETCH);
	writeShared(join(WORK_DIR, 'browser-like.mjs'), BROWSER_LIKE);
	writeShared(join(WORK_DIR, 'report-uncaught.mjs'), REPORT_UNCAUGHT);
	provideReadFiles(code, options.kit.env(options.origin, code, true));
	const path = join(WORK_DIR, file);
	writeFileSync(path, `${code}\n${options.webhook ? SEND_SIGNED_WEBHOOK : ''}export {};\n`);
	const preload = ['--import', 'tsx', '--import', './redirect-fetch.mjs', '--import', './report-uncaught.mjs', ...(options.browserLike ? ['--import', './browser-like.mjs'] : [])];
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [...preload, path], {
			cwd: WORK_DIR,
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				...options.kit.env(options.origin, code, options.withKey),
				...(options.webhook ? { OPENAI_WEBHOOK_SECRET: WEBHOOK_SECRET } : {}),
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

/** An entry can be proven when it has a TypeScript (or JavaScript) example and a way to produce its error. */
export function provable(entry: DiskEntry): boolean {
	return Boolean(entry.data.response || entry.data.reproduce) && Boolean(runnableExample(entry.data.examples)) && Boolean(proofKit(entry.data.provider));
}

/** Code whose SDK is installed under an alias (openai v3 as \`openai-v3\`) imports it by that alias. */
function importingInstalled(code: string, kit: ProofKit): string {
	const sdkId = kit.sdkId(code);
	const dir = installDir(sdkId);
	const name = sdkById(sdkId)!.package;
	return dir === name ? code : code.replaceAll(`from '${name}'`, `from '${dir}'`).replaceAll(`require('${name}')`, `require('${dir}')`);
}

/** The SDK a snippet ran against, as a proof records it. */
function ranAgainst(code: string, kit: ProofKit): { sdk: string; sdkId: string; version: string } {
	const sdkId = kit.sdkId(code);
	return { sdk: `${sdkById(sdkId)!.package} (npm)`, sdkId, version: packageVersion(installDir(sdkId)) };
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

/** Frames shown under the error line: enough to see where in the SDK it was thrown. */
const MAX_FRAMES = 6;

/** This machine's paths in printed text: the snippet becomes \`/app/index.ts\`, the checkout \`/app/\`. */
function withoutMachinePaths(text: string, root: string): string {
	const rootPath = root.endsWith('/') ? root : `${root}/`;
	return text
		.replace(/(?:file:\/\/)?[^\s(]*node_modules\/\.proofs\/[\w.-]+\.(?:broken|fixed)\.ts/g, '/app/index.ts')
		.split(`file://${rootPath}`).join('/app/')
		.split(rootPath).join('/app/');
}

/** Up to MAX_FRAMES \`at\` lines of a stack, without Node's own frames (they differ between Node versions). */
function framesOf(lines: string[]): string[] {
	return lines
		.filter((line) => /^\s+at /.test(line) && !/\(node:|at node:/.test(line))
		.slice(0, MAX_FRAMES)
		.map((line) => line.replace(/ \{$/, ''));
}

/** Ways of producing an error that need no error response: the mock only ever answers with success. */
const CLIENT_SIDE: ReadonlySet<Reproduce> = new Set(['no-api-key', 'browser-like', 'closed-port', 'refused-before-sending', 'signed-webhook']);

interface UncaughtReport {
	/** The error's class and the classes it extends, nearest first: \`RateLimitError\`, \`APIError\`, ... */
	chain: string[];
	printed: string;
	stack: string;
}

/**
 * A run's output as a reader would have seen it: the reported uncaught error printed as
 * Node prints it rather than as JSON, and the report itself when there is one.
 */
interface Run {
	text: string;
	uncaught?: UncaughtReport;
}

function readRun(output: string): Run {
	const lines = output.replace(/\r/g, '').split('\n');
	const at = lines.findIndex((line) => line.startsWith(UNCAUGHT_MARK));
	if (at < 0) return { text: lines.join('\n') };
	const uncaught = JSON.parse(lines[at]!.slice(UNCAUGHT_MARK.length)) as UncaughtReport;
	return { text: [...lines.slice(0, at), uncaught.printed, ...lines.slice(at + 1)].join('\n'), uncaught };
}

/**
 * What the broken run printed for its error: Node's line for it and the stack frames under it
 * when the example let the error escape; otherwise the line of the example's own output that
 * shows the raised class (an example that catches the error and logs it).
 */
function printedError({ text, uncaught }: Run, raised: string, root = ROOT): string | undefined {
	if (uncaught) {
		// Node's line for the error, which can span lines, ends where the frames or its own properties (` {`) start.
		const printed = uncaught.printed.split('\n');
		const end = printed.findIndex((line, i) => /^\s+at /.test(line) || (i > 0 && /^\s/.test(line) && /^\s*\[?\w+\]?:/.test(line)));
		const header = (end < 0 ? printed : printed.slice(0, end))
			.join('\n')
			.replace(/ \{$/, '')
			// An error without frames is printed in brackets: `[TypeError: fetch failed]`.
			.replace(/^\[(.*)\]$/s, '$1')
			.trimEnd();
		return withoutMachinePaths([header, ...framesOf(uncaught.stack.split('\n'))].join('\n'), root).trimEnd();
	}
	const lines = text.split('\n');
	const head = new RegExp(`^(?:Uncaught (?:\\(in promise\\) )?)?${escapeRegExp(raised)}\\b`);
	let start = lines.findIndex((line) => head.test(line));
	if (start < 0) start = lines.findIndex((line) => new RegExp(`\\b${escapeRegExp(raised)}\\b`).test(line));
	if (start < 0) return undefined;
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((line) => !/^\s+at /.test(line));
	return withoutMachinePaths([lines[start]!, ...framesOf(end < 0 ? rest : rest.slice(0, end))].join('\n'), root).trimEnd();
}

export async function proveEntry(entry: DiskEntry): Promise<Proof | ProofFailure> {
	const example = runnableExample(entry.data.examples);
	const kit = proofKit(entry.data.provider);
	const response = entry.data.response;
	const reproduce: Reproduce | undefined = entry.data.reproduce;
	if (!example || !kit || !(response || reproduce)) return { id: entry.id, reason: 'no TypeScript example, no SDK to run it or no way to produce the error' };
	const error: MockResponse = response ? { status: response.status, headers: response.headers, body: response.body } : { status: 500, body: {} };
	const classes = nodeClasses(entry);
	const base = { kit, withKey: reproduce !== 'no-api-key', browserLike: reproduce === 'browser-like', webhook: reproduce === 'signed-webhook' };

	const mode = reproduce === 'stream-error' || reproduce === 'no-response' ? reproduce : 'response';
	const clientSide = reproduce !== undefined && CLIENT_SIDE.has(reproduce);
	const broken = await startMock({ error, failures: clientSide ? 0 : Infinity, mode });
	const origin = reproduce === 'closed-port' ? await closedOrigin() : broken.origin;
	const brokenRun = await runSnippet(`${entry.id}.broken.ts`, importingInstalled(example.broken, kit), { ...base, origin });
	await broken.close();
	if (brokenRun.code === 0) return { id: entry.id, reason: 'the broken example exited without an error' };
	const run = readRun(brokenRun.output);
	// An error that escaped is an instance of the entry's class when that class is in its chain (a
	// RateLimitError is an APIError); otherwise the first class the output names outside stack frames.
	const outside = run.text.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
	const raised = run.uncaught?.chain.find((name) => classes.includes(name)) ?? classes.find((name) => new RegExp(`\\b${name}\\b`).test(outside));
	if (!raised) return { id: entry.id, reason: `the broken example did not raise ${classes.join(' or ') || 'a Node SDK class'}: ${run.text.slice(0, 300)}` };
	const expected = reproduce ? entry.data.messages.map((m) => literalStart(m.text)) : [kit.rendering(response!.status, response!.body, example.broken)].filter((x) => x !== undefined);
	if (expected.length && !expected.some((text) => run.text.includes(text))) {
		return { id: entry.id, reason: `the broken example's error does not show "${expected[0]}": ${run.text.slice(0, 300)}` };
	}

	// A request that was never answered is not replayed: the fixed code's first request is answered.
	const retryable = entry.data.retry !== 'no' && !clientSide && mode !== 'no-response';
	const fixed = await startMock({ error, failures: retryable ? 1 : 0, mode });
	const fixedRun = await runSnippet(`${entry.id}.fixed.ts`, importingInstalled(example.fixed, kit), { ...base, withKey: true, browserLike: false, origin: fixed.origin });
	await fixed.close();
	if (fixedRun.code !== 0) return { id: entry.id, reason: `the fixed example failed: ${fixedRun.output.slice(0, 300)}` };
	const printed = printedError(run, raised);
	if (!printed) return { id: entry.id, reason: `the broken example's output does not show the ${raised} it raised` };
	const brokenSdk = ranAgainst(example.broken, kit);
	const fixedSdk = ranAgainst(example.fixed, kit);
	return {
		...brokenSdk,
		raised,
		printed,
		fixed: retryable ? 'recovers' : 'succeeds',
		...(fixedSdk.sdkId !== brokenSdk.sdkId ? { fixedWith: fixedSdk } : {}),
	};
}
