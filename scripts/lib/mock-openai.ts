/**
 * A local stand-in for the OpenAI HTTP API (node:http on 127.0.0.1): it
 * replays an entry's error response, then, once told to, answers like the
 * real API with a minimal valid body for the endpoint that was called.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockResponse {
	status: number;
	headers?: Record<string, string>;
	body: unknown;
}

export interface MockOptions {
	/** The error to send. */
	error: MockResponse;
	/** How many requests get the error before the mock answers with success (Infinity: always the error). */
	failures: number;
}

export interface Mock {
	/** Base URL for the SDKs, ending in /v1. */
	url: string;
	requests: { method: string; path: string; body: unknown }[];
	close(): Promise<void>;
}

const created = 1_700_000_000;

/** The smallest body the SDKs accept as a success for each endpoint. */
function successBody(path: string, body: Record<string, unknown>): unknown {
	const model = typeof body.model === 'string' ? body.model : 'gpt-4o-mini';
	if (path.endsWith('/chat/completions')) {
		return {
			id: 'chatcmpl-mock',
			object: 'chat.completion',
			created,
			model,
			choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: '{"ok": true}', refusal: null } }],
			usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
		};
	}
	if (path.endsWith('/responses')) {
		return {
			id: 'resp_mock',
			object: 'response',
			created_at: created,
			status: 'completed',
			model,
			output: [{ type: 'message', id: 'msg_mock', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'ok', annotations: [] }] }],
			usage: { input_tokens: 5, output_tokens: 1, total_tokens: 6 },
		};
	}
	if (path.endsWith('/completions')) {
		return { id: 'cmpl-mock', object: 'text_completion', created, model, choices: [{ index: 0, text: 'ok', finish_reason: 'stop', logprobs: null }] };
	}
	if (path.endsWith('/embeddings')) {
		return { object: 'list', model, data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }], usage: { prompt_tokens: 1, total_tokens: 1 } };
	}
	if (path.endsWith('/models')) return { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created, owned_by: 'openai' }] };
	if (/\/models\/[^/]+$/.test(path)) return { id: path.split('/').at(-1), object: 'model', created, owned_by: 'openai' };
	if (path.includes('/images/')) return { created, data: [{ url: 'https://example.invalid/image.png', b64_json: 'aGk=' }] };
	if (path.endsWith('/moderations')) return { id: 'modr-mock', model, results: [{ flagged: false, categories: {}, category_scores: {} }] };
	return { object: 'mock', ok: true };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	try {
		return text ? JSON.parse(text) : {};
	} catch {
		return text;
	}
}

export async function startMock(options: MockOptions): Promise<Mock> {
	const requests: Mock['requests'] = [];
	const server: Server = createServer(async (request, response) => {
		const body = await readBody(request);
		const path = (request.url ?? '/').split('?')[0]!;
		requests.push({ method: request.method ?? 'GET', path, body });
		const params = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
		if (requests.length <= options.failures) {
			const headers = { 'content-type': 'application/json', 'x-request-id': `req_mock_${requests.length}`, 'retry-after-ms': '5', ...(options.error.headers ?? {}) };
			response.writeHead(options.error.status, headers);
			response.end(typeof options.error.body === 'string' ? options.error.body : JSON.stringify(options.error.body));
			return;
		}
		if (params.stream === true) {
			response.writeHead(200, { 'content-type': 'text/event-stream' });
			const chunk = { id: 'chatcmpl-mock', object: 'chat.completion.chunk', created, model: 'gpt-4o-mini', choices: [{ index: 0, delta: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] };
			response.end(`data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`);
			return;
		}
		response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_mock_ok' });
		response.end(JSON.stringify(successBody(path, params)));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v1`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
