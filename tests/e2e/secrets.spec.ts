import { expect, test } from '@playwright/test';
import { pasteInto, resultIds, SEARCH_BOX } from '../support/site';

const FAKE_KEY = 'sk-proj-FAKEfake0123456789abcdefABCDEF0123456789';
const ORG = 'org-FakeOrg0123456789';
const EMAIL = 'someone.private@example.org';
const PASTE = [
	'Traceback (most recent call last):',
	'  File "/app/main.py", line 4, in <module>',
	`    client = OpenAI(api_key="${FAKE_KEY}")`,
	`openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${FAKE_KEY}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
	`headers: {'Authorization': 'Bearer ${FAKE_KEY}', 'OpenAI-Organization': '${ORG}'} user=${EMAIL}`,
].join('\n');

const SECRETS = [FAKE_KEY, 'FAKEfake0123456789', ORG, EMAIL];

test('nothing of a pasted secret leaves the browser: not in a request, not in the URL, not in the history', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(`${r.url()} ${r.postData() ?? ''}`));
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, PASTE);
	const ids = await resultIds(page);
	expect(ids.length).toBeGreaterThan(0);

	const url = decodeURIComponent(page.url());
	for (const secret of SECRETS) {
		expect(url).not.toContain(secret);
		for (const r of requested) expect(decodeURIComponent(r)).not.toContain(secret);
	}
	expect(url).toContain('invalid_api_key');
	await expect(page.locator('[data-recognised]')).toContainText('removed');

	// The history entry holds the redacted query only.
	await page.goto('/');
	await page.goBack();
	for (const secret of SECRETS) expect(decodeURIComponent(page.url())).not.toContain(secret);
});

test('a paste handed over from the header box never goes through the URL', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('/openai/');
	await pasteInto(page, 'input[name=q]', PASTE);
	await page.waitForURL('**/search/**');
	await resultIds(page);
	for (const secret of SECRETS) {
		expect(decodeURIComponent(page.url())).not.toContain(secret);
		for (const r of requested) expect(decodeURIComponent(r)).not.toContain(secret);
	}
});
