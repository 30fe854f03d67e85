/**
 * Which provider a paste came from, one test per kind of evidence. The
 * registry's real hints are used, so a change to a provider file is tested too.
 */
import { describe, expect, it } from 'vitest';
import { evidenceHints } from '../../src/providers';
import { parseSignature } from '../../src/lib/traceback/signature';

const hints = evidenceHints();
const read = (paste: string, knownNames: string[] = []) => parseSignature(paste, { hints, knownNames });
const providerOf = (paste: string) => read(paste).provider?.ids;
const kinds = (paste: string) => read(paste).provider?.evidence.map((e) => e.kind);

describe('provider evidence', () => {
	it('reads the exception\'s module', () => {
		expect(providerOf("anthropic.RateLimitError: Error code: 429 - {'type': 'error'}")).toEqual(['anthropic']);
		expect(kinds('google.genai.errors.ClientError: 400 INVALID_ARGUMENT.')).toContain('module');
		expect(providerOf('google.api_core.exceptions.ResourceExhausted: 429 Resource has been exhausted')).toEqual(['gemini']);
	});

	it('reads an SDK\'s own stack frames, on Windows too', () => {
		const node = 'RateLimitError: 429 {"type":"error"}\n    at makeRequest (/app/node_modules/@anthropic-ai/sdk/client.mjs:496:21)';
		expect(providerOf(node)).toEqual(['anthropic']);
		expect(kinds(node)).toEqual(['path']);
		const windows = 'File "C:\\\\Users\\\\me\\\\.venv\\\\Lib\\\\site-packages\\\\google\\\\genai\\\\errors.py", line 1\nClientError: 400';
		expect(providerOf(windows)).toEqual(['gemini']);
	});

	it('reads a wrapper\'s provider tag', () => {
		const litellm = 'litellm.InternalServerError: AnthropicException - {"type":"error","error":{"type":"api_error","message":"Internal server error"}}';
		expect(providerOf(litellm)).toEqual(['anthropic']);
		expect(kinds(litellm)).toContain('marker');
	});

	it('reads an error type or a status name only one provider sends', () => {
		expect(providerOf('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')).toEqual(['anthropic']);
		expect(providerOf('{"error": {"code": 429, "message": "Resource exhausted.", "status": "RESOURCE_EXHAUSTED"}}')).toEqual(['gemini']);
	});

	it('reads an API host', () => {
		expect(providerOf('POST https://generativelanguage.googleapis.com/v1beta/models/x:generateContent 503')).toEqual(['gemini']);
		expect(kinds('requests.exceptions.HTTPError: 401 Client Error for url: https://api.anthropic.com/v1/messages')).toContain('host');
	});

	it('reads a model name, as the weakest sign of a paste', () => {
		expect(providerOf('prompt is too long: 204117 tokens > 200000 maximum (model claude-sonnet-4-6)')).toEqual(['anthropic']);
	});

	it('reads a provider\'s name only in a typed query', () => {
		expect(read('anthropic 529').provider?.evidence).toEqual([{ kind: 'word', detail: 'anthropic', providers: ['anthropic'] }]);
		expect(read('Traceback (most recent call last):\n  File "/srv/anthropic/app.py", line 1\nKeyError: \'x\'').provider).toBeUndefined();
	});

	it('narrows a shared SDK by a weaker sign that agrees with part of it', () => {
		const azure = 'openai.RateLimitError: Error code: 429\nHTTP Request: POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions';
		expect(providerOf(azure)).toEqual(['azure-openai']);
		expect(providerOf('openai.RateLimitError: Error code: 429')).toEqual(['openai', 'azure-openai']);
	});

	it('lets the strongest sign outvote a weaker one that disagrees', () => {
		// OpenRouter serves Claude through the openai SDK: the SDK raised it, so it reads as OpenAI's client.
		expect(providerOf('openai.BadRequestError: Error code: 400 - {"error": {"message": "claude-3-5-sonnet is not available"}}')).toEqual(['openai', 'azure-openai']);
	});

	it('finds no provider in a paste that names none', () => {
		expect(read('TypeError: Cannot read properties of undefined (reading \'map\')').provider).toBeUndefined();
	});
});

describe('a foreign library', () => {
	it('is the module of a raised exception that no SDK, wrapper or entry knows', () => {
		expect(read("groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached'}}").foreignModule).toBe('groq');
		expect(read('Exception in thread "main" java.lang.NullPointerException: x is null').foreignModule).toBe('java.lang');
	});

	it('is not a wrapper the site reads through, nor an SDK, nor a class an entry declares', () => {
		expect(read('litellm.RateLimitError: RateLimitError: OpenAIException - Rate limit reached').foreignModule).toBeUndefined();
		expect(read('anthropic.APIConnectionError: Connection error.').foreignModule).toBeUndefined();
		expect(read('custom.lib.WeirdError: boom', ['custom.lib.WeirdError']).foreignModule).toBeUndefined();
	});

	it('is not a bare class name', () => {
		expect(read("KeyError: 'items'").foreignModule).toBeUndefined();
	});
});
