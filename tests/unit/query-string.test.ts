import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../src/lib/traceback/signature';
import { signatureToQuery } from '../../src/lib/search/query-string';
import { recognisedParts } from '../../src/lib/search/recognised';

const PASTE = [
	'Traceback (most recent call last):',
	'  File "/srv/app.py", line 3, in <module>',
	'openai.AuthenticationError: Error code: 401 - {\'error\': {\'message\': \'Incorrect API key provided: sk-proj-abcdef1234567890. You can find your API key at https://platform.openai.com/account/api-keys.\', \'type\': \'invalid_request_error\', \'param\': None, \'code\': \'invalid_api_key\'}}',
].join('\n');

describe('the ?q= form of a search', () => {
	const sig = parseSignature(PASTE);
	const query = signatureToQuery(sig);

	it('parses back to the same signature', () => {
		const again = parseSignature(query);
		expect(again.exception).toBe(sig.exception);
		expect(again.status).toBe(sig.status);
		expect(again.code).toBe(sig.code);
		expect(again.type).toBe(sig.type);
		expect(again.message).toBe(sig.message);
	});

	it('holds no secret and no stack', () => {
		expect(query).not.toContain('abcdef1234567890');
		expect(query).not.toContain('/srv/app.py');
	});

	it('stays short whatever was pasted', () => {
		const huge = parseSignature(`openai.BadRequestError: ${'word '.repeat(5000)}`);
		expect(signatureToQuery(huge).length).toBeLessThan(600);
	});

	it('keeps a person\'s words as they are', () => {
		expect(signatureToQuery(parseSignature('429 insufficient quota even though I paid'))).toBe('429 insufficient quota even though I paid');
	});

	it('summarises what was recognised', () => {
		expect(recognisedParts(sig)).toEqual(['openai.AuthenticationError', '401', 'invalid_api_key']);
	});
});
