/**
 * A local stand-in for the providers' HTTP APIs (node:http on 127.0.0.1): it
 * replays an entry's error response (or fails the way a network does), then,
 * once told to, answers like the real API with a minimal valid body for the
 * endpoint that was called: OpenAI's, Azure's, Anthropic's Messages API and
 * the Bedrock and Vertex AI routes to it. It is also the HTTP proxy an example that
 * reads \`HTTPS_PROXY\` is sent through.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface MockResponse {
	status: number;
	headers?: Record<string, string>;
	body: unknown;
}

export interface MockOptions {
	/** The error to send. */
	error: MockResponse;
	/**
	 * How the error is sent: `response` (the status and body as they are), `stream-error`
	 * (a 200 event stream whose `event: error` carries the body, as Anthropic sends a mid-stream
	 * failure), or `no-response` (the request is accepted and never answered).
	 */
	mode?: 'response' | 'stream-error' | 'no-response';
	/** How many requests get the error before the mock answers with success (Infinity: always the error). */
	failures: number;
}

export interface Mock {
	/** Where it listens, http://127.0.0.1:port: each proof kit adds the path its SDK expects. */
	origin: string;
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
	if (isAnthropicMessages(path)) return anthropicMessage(body);
	if (/:generateContent$/.test(path)) return geminiResponse(path);
	if (/:countTokens$/.test(path)) return { totalTokens: 12 };
	if (path.endsWith('/messages/count_tokens')) return { input_tokens: 12 };
	if (path.endsWith('/moderations')) return { id: 'modr-mock', model, results: [{ flagged: false, categories: {}, category_scores: {} }] };
	return { object: 'mock', ok: true };
}

/** Anthropic's Messages API, directly or through the Bedrock (`/model/{id}/invoke`) and Vertex AI (`:rawPredict`) routes. */
function isAnthropicMessages(path: string): boolean {
	return /\/v1\/messages$/.test(path) || /\/model\/[^/]+\/invoke(-with-response-stream)?$/.test(path) || /:(raw|streamRaw)Predict$/.test(path);
}

function anthropicMessage(body: Record<string, unknown>) {
	const model = typeof body.model === 'string' ? body.model : 'claude-sonnet-4-5';
	return {
		id: 'msg_mock',
		type: 'message',
		role: 'assistant',
		model,
		content: [{ type: 'text', text: 'ok' }],
		stop_reason: 'end_turn',
		stop_sequence: null,
		usage: { input_tokens: 5, output_tokens: 1 },
	};
}

/** The Gemini API's answer to generateContent, directly or on Vertex AI (`.../models/{model}:generateContent`). */
function geminiResponse(path: string) {
	const model = /models\/([^/:]+):/.exec(path)?.[1] ?? 'gemini-2.5-flash';
	return {
		candidates: [{ content: { role: 'model', parts: [{ text: '{"ok": true}' }] }, finishReason: 'STOP', index: 0 }],
		usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 3, totalTokenCount: 8 },
		modelVersion: model,
	};
}

function sse(events: [string, unknown][]): string {
	return events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
}

/** A whole streamed Responses API reply: the text in one delta, then the completed response. */
function responsesStream(body: Record<string, unknown>): string {
	const completed = successBody('/responses', body) as Record<string, unknown>;
	return sse([
		['response.created', { type: 'response.created', sequence_number: 0, response: { ...completed, status: 'in_progress', output: [] } }],
		['response.output_text.delta', { type: 'response.output_text.delta', sequence_number: 1, item_id: 'msg_mock', output_index: 0, content_index: 0, delta: 'ok' }],
		['response.completed', { type: 'response.completed', sequence_number: 2, response: completed }],
	]);
}

/** A whole streamed Messages API reply, event by event. */
function anthropicStream(body: Record<string, unknown>): string {
	const { content: _content, stop_reason: _stop, ...message } = anthropicMessage(body);
	return sse([
		['message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 5, output_tokens: 0 } } }],
		['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
		['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'ok' } }],
		['content_block_stop', { type: 'content_block_stop', index: 0 }],
		['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }],
		['message_stop', { type: 'message_stop' }],
	]);
}

/** The start of a streamed reply, then the error event that ends it. */
function anthropicStreamError(body: Record<string, unknown>, error: unknown): string {
	const { content: _content, stop_reason: _stop, ...message } = anthropicMessage(body);
	return sse([
		['message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 5, output_tokens: 0 } } }],
		['error', error],
	]);
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
		// The Vertex AI clients get their token from Google's metadata server first: answer as it does.
		if (path.startsWith('/computeMetadata/')) {
			requests.pop();
			response.writeHead(200, { 'metadata-flavor': 'Google', 'content-type': path.endsWith('/token') ? 'application/json' : 'text/plain' });
			response.end(path.endsWith('/token') ? JSON.stringify({ access_token: 'ya29.mock', expires_in: 3600, token_type: 'Bearer' }) : path.endsWith('/project-id') ? 'mock-project' : '');
			return;
		}
		const failing = requests.length <= options.failures;
		if (failing && options.mode === 'no-response') return; // the client's timeout has to end it
		if (failing && options.mode === 'stream-error') {
			response.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': `req_mock_${requests.length}` });
			response.end(anthropicStreamError(params, options.error.body));
			return;
		}
		if (failing) {
			const json = typeof options.error.body !== 'string';
			const headers = {
				'content-type': json ? 'application/json' : 'text/html',
				'x-request-id': `req_mock_${requests.length}`,
				'request-id': `req_mock_${requests.length}`,
				'retry-after-ms': '5',
				...(options.error.headers ?? {}),
			};
			response.writeHead(options.error.status, headers);
			response.end(typeof options.error.body === 'string' ? options.error.body : JSON.stringify(options.error.body));
			return;
		}
		if (/:streamGenerateContent$/.test(path)) {
			response.writeHead(200, { 'content-type': 'text/event-stream' });
			response.end(`data: ${JSON.stringify(geminiResponse(path))}\r\n\r\n`);
			return;
		}
		if (params.stream === true && isAnthropicMessages(path)) {
			response.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_mock_ok' });
			response.end(anthropicStream(params));
			return;
		}
		if (params.stream === true && path.endsWith('/responses')) {
			response.writeHead(200, { 'content-type': 'text/event-stream' });
			response.end(responsesStream(params));
			return;
		}
		if (params.stream === true) {
			response.writeHead(200, { 'content-type': 'text/event-stream' });
			const chunk = { id: 'chatcmpl-mock', object: 'chat.completion.chunk', created, model: 'gpt-4o-mini', choices: [{ index: 0, delta: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] };
			response.end(`data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`);
			return;
		}
		response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_mock_ok', 'request-id': 'req_mock_ok' });
		response.end(JSON.stringify(successBody(path, params)));
	});
	// An HTTP proxy too: a client sent through a proxy (\`HTTPS_PROXY\`) asks it to CONNECT to the API, here the mock itself.
	server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
		const { port, hostname } = new URL(`http://${request.url}`);
		const upstream = connect(Number(port), hostname, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		upstream.on('error', () => client.destroy());
		client.on('error', () => upstream.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections(); // a request left unanswered on purpose must not keep it open
			}),
	};
}
