/**
 * Entries whose examples cannot be proven against a mock of the HTTP API, and why.
 * In the spirit of rustc's tidy: every entry has a proven example or a line here,
 * and this list only shrinks (MAX_PROOF_EXEMPTIONS can only go down).
 */
export const PROOF_EXEMPTIONS: Record<string, string> = {
	'azure-openai-client-config-errors': 'raised by the AzureOpenAI constructor before any request is sent: there is no HTTP exchange to replay',
	'openai-409-conflict-error': 'no official or real-world 409 response body could be confirmed, so there is nothing truthful to replay',
	'openai-422-unprocessable-entity-error': 'no 422 response body from api.openai.com could be confirmed, so there is nothing truthful to replay',
	'openai-429-rate-limit-error': 'class-level entry with no response of its own; each concrete 429 body is proven on its specific entry',
	'openai-503-slow-down': 'the body of the 503 "Slow Down" response is not published, so there is nothing truthful to replay',
	'openai-5xx-internal-server-error': 'class-level entry with no response of its own; each concrete 5xx body is proven on its specific entry',
};

/** Lower this when an exemption is removed; a new exemption needs a reviewer to raise it. */
export const MAX_PROOF_EXEMPTIONS = 6;
