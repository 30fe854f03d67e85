import { expect, test } from '@playwright/test';
import { loadIndex, pasteInto, resultIds, SEARCH_BOX } from '../support/site';

/** A Python v1 traceback built from an entry's own data, the way the SDK prints it. */
function pythonTraceback(exception: string, status: number, message: string, type: string | null, code: string | null) {
	const body = `{'error': {'message': ${JSON.stringify(message)}, 'type': '${type}', 'param': None, 'code': ${code ? `'${code}'` : 'None'}}}`;
	return [
		'Traceback (most recent call last):',
		'  File "/home/me/project/main.py", line 9, in <module>',
		'    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)',
		'  File "/home/me/project/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
		'    raise self._make_status_error_from_response(err.response) from None',
		`${exception}: Error code: ${status} - ${body}`,
	].join('\n');
}

const fill = (template: string) =>
	template.replace(/\{([a-z_]+)\}/g, (_m, name: string) => ({ model: 'gpt-4o-mini', n: '4096', org_id: 'org-Xy12345678', duration: '20s' })[name] ?? `${name}-value`);

test('pasting a traceback lands on the entry for exactly that error', async ({ page, request }) => {
	const index = await loadIndex(request);
	const candidates = index.filter((r) => r.provider === 'openai' && r.status !== null && r.messages.length > 0 && r.exceptions.some((e) => e.startsWith('openai.') && !e.startsWith('openai.error.')));
	expect(candidates.length).toBeGreaterThan(0);
	for (const record of candidates.slice(0, 12)) {
		const exception = record.exceptions.find((e) => e.startsWith('openai.') && !e.startsWith('openai.error.'))!;
		await page.goto('/search/');
		await pasteInto(page, SEARCH_BOX, pythonTraceback(exception, record.status!, fill(record.messages[0]!), record.type, record.code));
		const ids = await resultIds(page);
		expect(ids[0], `${record.id} ranked ${ids.indexOf(record.id) + 1}: ${ids.slice(0, 3).join(', ')}`).toBe(record.id);
	}
});

test('results say what was recognised and link the entry', async ({ page, request }) => {
	const [record] = (await loadIndex(request)).filter((r) => r.provider === 'openai' && r.code && r.status && r.messages.length);
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, pythonTraceback('openai.SomeError', record!.status!, fill(record!.messages[0]!), record!.type, record!.code));
	await resultIds(page);
	const recognised = page.locator('[data-recognised]');
	await expect(recognised).toContainText('Recognised:');
	await expect(recognised).toContainText(String(record!.status));
	await expect(recognised).toContainText(record!.code!);
	await page.locator('a[data-result]').first().click();
	await expect(page.locator('h1')).toBeVisible();
});

test('a paste that names its status downloads only that status\'s index, not the list of every entry', async ({ page, request }) => {
	// The traceback is openai-python's, so the entry is one of OpenAI's.
	const record = (await loadIndex(request)).find((r) => r.provider === 'openai' && r.status !== null && r.code && r.messages.some((m) => m.split(' ').length >= 8))!;
	const exception = record.exceptions.find((e) => e.startsWith('openai.') && !e.startsWith('openai.error.')) ?? 'openai.APIStatusError';
	const metas: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.pf_meta')) metas.push(new URL(r.url()).pathname.split('/').at(-1)!);
	});
	await page.goto('/search/');
	const message = fill(record.messages.find((m) => m.split(' ').length >= 8)!);
	await pasteInto(page, SEARCH_BOX, pythonTraceback(exception, record.status!, message, record.type, record.code));
	expect((await resultIds(page))[0]).toBe(record.id);
	expect(metas.some((m) => m.startsWith(`pagefind.en-x-s${record.status}_`)), metas.join(', ')).toBe(true);
	expect(metas.some((m) => m.startsWith('pagefind.en-x-all_')), metas.join(', ')).toBe(false);
});

test('typing searches as you go, without Enter', async ({ page }) => {
	await page.goto('/search/');
	await page.locator(SEARCH_BOX).pressSequentially('RateLimitError', { delay: 10 });
	// Intermediate words may find nothing; the results for the whole word must appear without Enter.
	await expect(page.locator('a[data-result]').first()).toBeVisible();
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', 'done');
});

test('?q= runs the search on load, so a search can be linked', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('openai.RateLimitError: Error code: 429'));
	await expect(page.locator(SEARCH_BOX)).toHaveValue('openai.RateLimitError: Error code: 429');
	const ids = await resultIds(page);
	expect(ids.length).toBeGreaterThan(0);
});

test('filters narrow the results', async ({ page, request }) => {
	const index = await loadIndex(request);
	await page.goto('/search/?q=error');
	await resultIds(page);
	await page.locator('summary', { hasText: 'Filters' }).click();
	await page.locator('select[name=status]').selectOption('429');
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', /done|empty/);
	await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('data-state') !== 'searching');
	const ids = await resultIds(page);
	const allowed = new Set(index.filter((r) => r.status === 429).map((r) => r.id));
	for (const id of ids) expect(allowed.has(id), id).toBe(true);
});

test('a search with no match shows a helpful fallback', async ({ page }) => {
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, 'zzqx qqzv wwxq');
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', 'empty');
	await expect(page.locator('[data-fallback]')).toBeVisible();
	await expect(page.locator('[data-fallback] a').first()).toBeVisible();
});

test('"/" focuses the header search box from an entry page, and a paste there opens the search', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	await page.keyboard.press('/');
	await expect(page.locator('input[name=q]')).toBeFocused();
	await pasteInto(page, 'input[name=q]', 'openai.APITimeoutError: Request timed out.');
	await page.waitForURL('**/search/**');
	const ids = await resultIds(page);
	expect(ids.length).toBeGreaterThan(0);
});

test('the header box suggests entries as you type on any page; arrows and Enter open one, Escape closes', async ({ page, request }) => {
	const record = (await loadIndex(request)).find((r) => r.code && /[a-z]/.test(r.code) && r.status !== null)!;
	const pagefindRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
	});
	await page.goto('/status/');
	expect(pagefindRequests, 'no search code before the reader touches the box').toEqual([]);
	const box = page.getByRole('combobox', { name: 'Search errors' }).or(page.locator('[data-header-search]'));
	await box.click();
	await box.pressSequentially(record.code!, { delay: 5 });
	const list = page.getByRole('listbox', { name: 'Matching errors' });
	await expect(list.getByRole('option').first()).toBeVisible();
	await expect(list.getByRole('option').filter({ hasText: record.title })).toHaveCount(1);
	await expect(page.locator('[data-header-search]')).toHaveAttribute('aria-expanded', 'true');

	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	await page.keyboard.press('End');
	await page.keyboard.type(' ');
	await expect(list.getByRole('option').first()).toBeVisible();
	const titles = await list.getByRole('option').locator('a').allTextContents();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('[data-header-search]')).toHaveAttribute('aria-activedescendant', /-0$/);
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toHaveText(titles[0]!);
});
