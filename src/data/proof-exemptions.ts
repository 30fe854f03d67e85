/**
 * Entries whose examples cannot be proven against a mock of the HTTP API, and why.
 * In the spirit of rustc's tidy: every entry has a proven example or a line here,
 * and this list only shrinks (MAX_PROOF_EXEMPTIONS can only go down).
 */
const PYTHON_ONLY = 'Python-only error (no TypeScript example); its Python examples are parsed and name-checked against openai-python';

export const PROOF_EXEMPTIONS: Record<string, string> = {
	'openai-401-ip-not-authorized': 'the exact 401 body for a blocked IP is not published, so there is nothing truthful to replay',
	'openai-401-missing-api-key-header': 'the error comes from raw HTTP without the SDK (a misspelled header); there is no SDK class to observe',
	'openai-409-conflict-error': 'no official or real-world 409 response body could be confirmed, so there is nothing truthful to replay',
	'openai-422-unprocessable-entity-error': 'no 422 response body from api.openai.com could be confirmed, so there is nothing truthful to replay',
	'openai-503-slow-down': 'the body of the 503 "Slow Down" response is not published, so there is nothing truthful to replay',
	'openai-api-response-validation-error': `${PYTHON_ONLY}; it also needs a malformed 2xx body, which the mock does not model`,
	'openai-attributeerror-no-chatcompletion': PYTHON_ONLY,
	'openai-attributeerror-no-openai-client': PYTHON_ONLY,
	'openai-v0-api-removed-in-v1': PYTHON_ONLY,
	'openai-v0-error-classes': PYTHON_ONLY,
	'openai-v0-invalid-api-type': PYTHON_ONLY,
	'openai-v0-openai-error-module-missing': PYTHON_ONLY,
	'anthropic-402-billing-error': 'no 402 billing_error body from the API has been published, so there is nothing truthful to replay',
	'anthropic-409-conflict-error': 'no real 409 conflict_error message has been published (only test fixtures), so there is nothing truthful to replay',
	'anthropic-429-output-tokens-per-minute': 'the OTPM message is seen only in logged payloads, not in docs or a public report, so it is not replayed verbatim',
	'gemini-python-genai-api-error': 'class entry about the Python SDK\'s ClientError and ServerError; their TypeScript counterpart, ApiError, is proven on gemini-js-genai-api-error',
	'gemini-legacy-python-api-core-exceptions': `${PYTHON_ONLY.replace('openai-python', 'the legacy google-generativeai names')}`,
	'gemini-sdk-missing-api-key': '@google/genai 2.18.0 on Node only warns without a key and sends the request; the 403 that follows is proven on gemini-403-unregistered-callers, and the raising versions (1.38-1.43) are not installed',
	'gemini-504-deadline-exceeded': 'no 504 DEADLINE_EXCEEDED body from the Gemini API is confirmed by a public report, so there is nothing truthful to replay',
	'gemini-cli-403-account-disabled': 'printed by Gemini CLI from the Code Assist endpoint; there is no SDK example to run, only the CLI command',
	'gemini-cli-429-capacity-exhausted': 'printed by Gemini CLI from the Code Assist endpoint; there is no SDK example to run, only the CLI command',
	'anthropic-429-requests-per-minute': 'the RPM message is seen only in logged payloads, not in docs or a public report, so it is not replayed verbatim',
};

/**
 * The most exemptions each provider may have. Lower a number when an exemption is removed;
 * a new exemption needs a reviewer to raise it.
 */
export const MAX_PROOF_EXEMPTIONS: Record<string, number> = { openai: 12, 'azure-openai': 0, anthropic: 4, gemini: 6 };
