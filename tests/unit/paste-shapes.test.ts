/**
 * Shapes of pastes, not single cases: each is one way real output hides the
 * error, and the search must still answer with the right entry (or say it has none).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../support/real-search';

describe('paste shapes', () => {
	it('a bare class line with no body answers with the class entry', async () => {
		expect(await answer('openai.BadRequestError: Error code: 400')).toMatchObject({ first: 'openai-400-bad-request-error', answered: true });
		expect(await answer('openai.RateLimitError: Error code: 429')).toMatchObject({ first: 'openai-429-rate-limit-error', answered: true });
	});

	it('a legacy APIError whose body is a gateway\'s HTML page answers with that status', async () => {
		const paste = [
			'Traceback (most recent call last):',
			'  File "/srv/app/.venv/lib/python3.9/site-packages/openai/api_requestor.py", line 765, in _interpret_response_line',
			'    raise self.handle_error_response(',
			'openai.error.APIError: HTTP code 502 from API (<html>',
			'<head><title>502 Bad Gateway</title></head>',
			'<body>',
			'<center><h1>502 Bad Gateway</h1></center>',
			'<hr><center>cloudflare</center>',
			'</body>',
			'</html>',
			')',
		].join('\n');
		expect(await answer(paste)).toMatchObject({ first: 'openai-502-bad-gateway', answered: true });
	});

	it('the source excerpt Node prints above the error does not vote', async () => {
		const paste = [
			'file:///srv/bot/node_modules/openai/client.mjs:462',
			'                throw new Errors.APIConnectionError({ cause: response });',
			'                      ^',
			'',
			'APIConnectionTimeoutError: Request timed out.',
			'    at OpenAI.makeRequest (file:///srv/bot/node_modules/openai/client.mjs:455:23)',
		].join('\n');
		expect(await answer(paste)).toMatchObject({ first: 'openai-api-timeout-error', answered: true });
	});

	it('the innermost error inside a gateway\'s wrapper wins over the wrapper\'s words', async () => {
		const inner = JSON.stringify({
			error: {
				message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens. Please reduce the length of the messages.",
				type: 'invalid_request_error',
				param: 'messages',
				code: 'context_length_exceeded',
			},
		});
		const paste = `openai.BadRequestError: Error code: 400 - {'error': {'message': 'Provider returned error', 'code': 400, 'metadata': {'raw': '${inner.replace(/'/g, "\\'")}', 'provider_name': 'OpenAI'}}}`;
		expect(await answer(paste)).toMatchObject({ first: 'openai-400-context-length-exceeded', answered: true });
	});

	it('a message template inside a client\'s own wording wins over the status alone', async () => {
		const paste = 'ERROR chat-worker: OpenAI call failed (status 429): You exceeded your current quota, please check your plan and billing details. Retrying is pointless.';
		expect(await answer(paste)).toMatchObject({ first: 'openai-429-insufficient-quota', answered: true });
	});

	it('a status with no body answers with the generic status entry', async () => {
		const paste = 'Error: 405 status code (no body)\n    at APIError.generate (file:///app/node_modules/openai/core/error.mjs:62:20)';
		const result = await answer(paste);
		expect(result.answered).toBe(true);
		expect(['openai-node-error-message-format', 'openai-api-status-error-generic']).toContain(result.first);
	});
});
