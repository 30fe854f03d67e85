/**
 * The traceback parser, one paste shape per test. Pastes are written here in
 * the shapes real tools print; none is taken from the evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../src/lib/traceback/signature';

const QUOTA =
	'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';

describe('Python SDK v1 traceback', () => {
	const paste = [
		'Traceback (most recent call last):',
		'  File "/srv/app/worker.py", line 12, in <module>',
		'    client.chat.completions.create(model="gpt-4o", messages=msgs)',
		'  File "/srv/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
		'    raise self._make_status_error_from_response(err.response) from None',
		`openai.RateLimitError: Error code: 429 - {'error': {'message': '${QUOTA}', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
	].join('\n');
	const sig = parseSignature(paste);

	it('finds the raised exception', () => expect(sig.exception).toBe('openai.RateLimitError'));
	it('reads the status from "Error code"', () => expect(sig.status).toBe(429));
	it('reads type and code from the dict repr', () => {
		expect(sig.type).toBe('insufficient_quota');
		expect(sig.code).toBe('insufficient_quota');
	});
	it('reads the message out of the body', () => expect(sig.message).toBe(QUOTA));
	it('knows it is a Python stack', () => expect(sig.runtime).toBe('python'));
});

describe('Python dict repr with a double-quoted message', () => {
	it('keeps the single quotes inside the message', () => {
		const sig = parseSignature(
			`openai.BadRequestError: Error code: 400 - {'error': {'message': "Unsupported parameter: 'max_tokens' is not supported with this model.", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}`,
		);
		expect(sig.message).toBe("Unsupported parameter: 'max_tokens' is not supported with this model.");
		expect(sig.param).toBe('max_tokens');
	});
});

describe('legacy v0 traceback', () => {
	it('reads the class and strips the "Request <id>:" prefix', () => {
		const sig = parseSignature(
			'  File "/x/openai/api_requestor.py", line 763, in _interpret_response_line\n    raise self.handle_error_response(\nopenai.error.RateLimitError: Request 9f2c1a: The server is overloaded or not ready yet.',
		);
		expect(sig.exception).toBe('openai.error.RateLimitError');
		expect(sig.message).toBe('The server is overloaded or not ready yet.');
	});
});

describe('what an IDE or runtime prints after the traceback', () => {
	const trace = [
		'Traceback (most recent call last):',
		'  File "C:\\proj\\main.py", line 9, in <module>',
		'openai.APITimeoutError: Request timed out.',
		'',
		'Process finished with exit code 1',
	].join('\n');
	it('is not part of the message (PyCharm)', () => expect(parseSignature(trace).message).toBe('Request timed out.'));
	it('is not part of the message when the newlines were lost', () =>
		expect(parseSignature(trace.replace(/\n/g, ' ')).message).toBe('Request timed out.'));
	it('is not part of the message (Node prints its version)', () =>
		expect(parseSignature('Error: 401 Incorrect API key provided\n    at APIError.generate (/app/node_modules/openai/error.js:44:20)\n\nNode.js v20.11.1').message).toBe(
			'Incorrect API key provided',
		));
});

describe('a status typed alone', () => {
	it('is the status, with no message', () => {
		const sig = parseSignature('429');
		expect(sig.status).toBe(429);
		expect(sig.message).toBeUndefined();
	});
	it('is not a status outside 4xx and 5xx', () => expect(parseSignature('200').status).toBeUndefined());
});

describe('chained exceptions', () => {
	const paste = [
		'Traceback (most recent call last):',
		'  File "/x/httpx/_transports/default.py", line 69, in map_httpcore_exceptions',
		'httpx.ConnectError: [Errno -3] Temporary failure in name resolution',
		'',
		'The above exception was the direct cause of the following exception:',
		'',
		'Traceback (most recent call last):',
		'  File "/x/openai/_base_client.py", line 990, in request',
		'openai.APIConnectionError: Connection error.',
	].join('\n');
	const sig = parseSignature(paste);

	it('takes the last exception as the raised one', () => expect(sig.exception).toBe('openai.APIConnectionError'));
	it('keeps the earlier exceptions', () => expect(sig.exceptions).toContain('httpx.ConnectError'));
	it('keeps the message of the exception that caused it', () =>
		expect(sig.causeMessages).toContain('[Errno -3] Temporary failure in name resolution'));
});

describe('IPython / Jupyter traceback', () => {
	it('reads a message that starts on the lines after an empty header', () => {
		const paste = [
			'---------------------------------------------------------------------------',
			'APIRemovedInV1                            Traceback (most recent call last)',
			'Cell In[3], line 2',
			'----> 2 openai.Completion.create(prompt="hi")',
			'',
			'APIRemovedInV1: ',
			'',
			'You tried to access openai.Completion, but this is no longer supported in openai>=1.0.0',
		].join('\n');
		// The class has no exception-like ending: it is one because an entry declares it.
		const sig = parseSignature(paste, { knownNames: ['openai.lib._old_api.APIRemovedInV1'] });
		expect(sig.exception).toBe('APIRemovedInV1');
		expect(sig.message).toMatch(/^You tried to access openai\.Completion/);
	});
});

describe('Node / TypeScript stack', () => {
	const paste = [
		'file:///app/node_modules/openai/core/error.mjs:59',
		'            return new NotFoundError(status, error, message, headers);',
		'                   ^',
		'',
		'NotFoundError: 404 The model `gpt-9` does not exist or you do not have access to it.',
		'    at APIError.generate (file:///app/node_modules/openai/core/error.mjs:59:20)',
		'    at OpenAI.makeStatusError (file:///app/node_modules/openai/client.mjs:287:32) {',
		'  status: 404,',
		"  code: 'model_not_found',",
		'}',
		'',
		'Node.js v22.12.0',
	].join('\n');
	const sig = parseSignature(paste);

	it('finds the class', () => expect(sig.exception).toBe('NotFoundError'));
	it('splits the status off the message', () => {
		expect(sig.status).toBe(404);
		expect(sig.message).toBe('The model `gpt-9` does not exist or you do not have access to it.');
	});
	it('reads the code from the inspected object', () => expect(sig.code).toBe('model_not_found'));
	it('knows it is a Node stack', () => expect(sig.runtime).toBe('node'));
});

describe('Node error with a cause', () => {
	it('does not take the cause for the raised error', () => {
		const sig = parseSignature(
			'APIConnectionError: Connection error.\n    at OpenAI.makeRequest (file:///a/client.mjs:434:19) {\n  cause: TypeError: fetch failed\n      at node:internal/deps/undici/undici:14976:13 {\n    [cause]: Error: connect ECONNREFUSED 127.0.0.1:443\n  }\n}',
		);
		expect(sig.exception).toBe('APIConnectionError');
		expect(sig.message).toBe('Connection error.');
		expect(sig.causeMessages).toContain('fetch failed');
	});
});

describe('raw HTTP response and JSON body', () => {
	it('reads status line and JSON fields', () => {
		const sig = parseSignature(
			'HTTP/2 401\ncontent-type: application/json\n\n{\n  "error": {\n    "message": "Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.",\n    "type": "invalid_request_error",\n    "param": null,\n    "code": "invalid_api_key"\n  }\n}',
		);
		expect(sig.status).toBe(401);
		expect(sig.code).toBe('invalid_api_key');
		expect(sig.message).toMatch(/^Incorrect API key provided: /);
		expect(sig.exception).toBeUndefined();
	});
});

describe('escaped JSON', () => {
	it('unescapes a body copied from a JSON log line', () => {
		const sig = parseSignature(
			'{"level":"error","msg":"upstream failed","body":"{\\n  \\"error\\": {\\n    \\"message\\": \\"Invalid URL (POST /v1/v1/chat/completions)\\",\\n    \\"type\\": \\"invalid_request_error\\"\\n  }\\n}"}',
		);
		expect(sig.message).toBe('Invalid URL (POST /v1/v1/chat/completions)');
		expect(sig.type).toBe('invalid_request_error');
	});
});

describe('framework wrappers', () => {
	it('peels LiteLLM prefixes down to the provider message', () => {
		const sig = parseSignature(
			'litellm.exceptions.RateLimitError: litellm.RateLimitError: RateLimitError: OpenAIException - Request too large for gpt-4o in organization org-abc123def456 on tokens per min (TPM): Limit 30000, Requested 41873.',
		);
		expect(sig.exception).toBe('litellm.exceptions.RateLimitError');
		expect(sig.exceptions).toContain('RateLimitError');
		expect(sig.message).toMatch(/^Request too large for gpt-4o/);
	});

	it('drops a proxy\'s "(request id: ...)" suffix', () => {
		const sig = parseSignature('openai.error.APIError: Bad gateway. (request id: 20240101123456789)');
		expect(sig.message).toBe('Bad gateway.');
	});
});

describe('gateway HTML page', () => {
	it('reads the status from the title of a Cloudflare/nginx page', () => {
		const sig = parseSignature(
			"openai.InternalServerError: Error code: 502 - '<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>cloudflare</center>\\r\\n</body>\\r\\n</html>\\r\\n'",
		);
		expect(sig.status).toBe(502);
		expect(sig.exception).toBe('openai.InternalServerError');
	});
});

describe('Node SDK v3 (axios)', () => {
	it('reads the status from "Request failed with status code"', () => {
		const sig = parseSignature('AxiosError: Request failed with status code 429\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)');
		expect(sig.exception).toBe('AxiosError');
		expect(sig.status).toBe(429);
	});
});

describe('logs', () => {
	it('strips timestamps and levels from every line', () => {
		const sig = parseSignature(
			'2026-01-02 10:11:12,345 ERROR worker: job failed\n2026-01-02 10:11:12,346 ERROR openai.APITimeoutError: Request timed out.',
		);
		expect(sig.exception).toBe('openai.APITimeoutError');
		expect(sig.message).toBe('Request timed out.');
	});

	it('finds a class named inline in a log line', () => {
		const sig = parseSignature('12:00:01 WARN retry 3/3 failed: RateLimitError (status=429, request_id=req_1)');
		expect(sig.exception).toBe('RateLimitError');
		expect(sig.status).toBe(429);
	});

	it('takes the last status when retries logged several', () => {
		const sig = parseSignature('HTTP Request: POST /v1/x "HTTP/1.1 500 Internal Server Error"\nHTTP Request: POST /v1/x "HTTP/1.1 503 Service Unavailable"');
		expect(sig.status).toBe(503);
	});
});

describe('ANSI colour codes', () => {
	it('removes them before parsing', () => {
		const sig = parseSignature('\u001b[31mopenai.AuthenticationError\u001b[0m: Error code: 401');
		expect(sig.exception).toBe('openai.AuthenticationError');
		expect(sig.status).toBe(401);
	});
});

describe('Windows paths', () => {
	it('parses a traceback with backslash paths', () => {
		const sig = parseSignature(
			'Traceback (most recent call last):\r\n  File "C:\\Users\\dev\\app\\main.py", line 3, in <module>\r\n    r = client.responses.create(model="gpt-4o", input="hi")\r\nopenai.APITimeoutError: Request timed out.\r\n',
		);
		expect(sig.exception).toBe('openai.APITimeoutError');
		expect(sig.message).toBe('Request timed out.');
	});
});

describe('excerpt cut off in the middle', () => {
	it('keeps the part of the message that is there', () => {
		const sig = parseSignature("openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 8192 tokens. However, your messa");
		expect(sig.exception).toBe('openai.BadRequestError');
		expect(sig.status).toBe(400);
	});
});

describe('a bare one-line message', () => {
	it('is the message', () => {
		const sig = parseSignature("Unsupported parameter: 'max_tokens' is not supported with this model.");
		expect(sig.message).toBe("Unsupported parameter: 'max_tokens' is not supported with this model.");
	});
});

describe("a person's own words", () => {
	it('is prose, with the status it names', () => {
		const sig = parseSignature('429 insufficient quota even though I paid');
		expect(sig.prose).toBe(true);
		expect(sig.status).toBe(429);
		expect(sig.message).toMatch(/insufficient quota/);
	});
});

describe('a paste whose newlines were deleted', () => {
	it('splits it again and finds the raised exception', () => {
		const flat = `Traceback (most recent call last):  File "/a/b.py", line 1, in <module>    raise self._make_status_error_from_response(err.response) from Noneopenai.NotFoundError: Error code: 404 - {'error': {'message': 'x', 'code': 'model_not_found'}}`;
		const sig = parseSignature(flat, { knownNames: ['openai.NotFoundError'] });
		expect(sig.exception).toBe('openai.NotFoundError');
		expect(sig.code).toBe('model_not_found');
	});
});

describe('secrets', () => {
	it('redacts API keys, bearer tokens, org ids and e-mails', () => {
		const sig = parseSignature(
			'Authorization: Bearer sk-proj-AbCdEf1234567890abcdef\nopenai.AuthenticationError: Incorrect API key provided: sk-proj-AbCdEf1234567890abcdef for org-Abcdefgh12345678 (dev@example.com)',
		);
		expect(sig.text).not.toMatch(/AbCdEf1234567890/);
		expect(sig.text).not.toMatch(/Abcdefgh12345678/);
		expect(sig.text).not.toMatch(/dev@example\.com/);
		expect(sig.message).not.toMatch(/AbCdEf1234567890/);
		expect(sig.redactions).toBeGreaterThanOrEqual(3);
	});
});

describe('bad input', () => {
	it('returns an empty signature for whitespace', () => {
		const sig = parseSignature('   \n\t ');
		expect(sig.exception).toBeUndefined();
		expect(sig.message).toBeUndefined();
	});

	it('parses a megabyte paste, keeping its end', () => {
		const junk = 'x'.repeat(1_000_000);
		const sig = parseSignature(`${junk}\nopenai.APITimeoutError: Request timed out.`);
		expect(sig.exception).toBe('openai.APITimeoutError');
		expect(sig.truncated).toBe(true);
	});

	it('survives binary junk', () => {
		const bytes = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
		expect(() => parseSignature(bytes)).not.toThrow();
	});
});
