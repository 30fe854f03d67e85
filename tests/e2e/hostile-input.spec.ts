import { expect, test } from '@playwright/test';
import { pasteInto, resultIds, SEARCH_BOX } from '../support/site';

const PAYLOADS = [
	'<img src=x onerror="window.__pwned=1">',
	'</script><script>window.__pwned=1</script>',
	'"><svg onload="window.__pwned=1">',
	"openai.BadRequestError: Error code: 400 - {'error': {'message': '<img src=x onerror=window.__pwned=1>', 'type': 'invalid_request_error'}}",
];

/** 100,000 characters spread over the first 55,000 code points: scripts, symbols and control bytes. */
const JUNK = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 55000)).join('');

test('HTML and script in a paste are shown as text and never run', async ({ page }) => {
	await page.goto('/search/');
	for (const payload of PAYLOADS) {
		await page.locator(SEARCH_BOX).fill('');
		await pasteInto(page, SEARCH_BOX, payload);
		await resultIds(page);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
	}
});

test('HTML and script in ?q= are shown as text and never run', async ({ page }) => {
	for (const payload of PAYLOADS) {
		await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
		await resultIds(page);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect(page.locator(SEARCH_BOX)).toHaveValue(payload);
		expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
	}
});

test('a 1 MB paste does not freeze the page', async ({ page }) => {
	await page.goto('/search/');
	const big = `${'x'.repeat(1_000_000)}\nopenai.APITimeoutError: Request timed out.`;
	await pasteInto(page, SEARCH_BOX, big);
	const ids = await resultIds(page);
	expect(ids.length).toBeGreaterThan(0);
	// The page still answers: a click on the filters toggles them.
	await page.locator('summary', { hasText: 'Filters' }).click();
	await expect(page.locator('select[name=status]')).toBeVisible();
	expect(new URL(page.url()).search.length).toBeLessThan(1000);
});

test('binary junk does not break the page', async ({ page }) => {
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, JUNK);
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', /done|nomatch|empty/);
});

test('binary junk pasted into the header of another page opens the search without laying all of it out', async ({ page }) => {
	await page.goto('/status/');
	await pasteInto(page, '[data-header-search]', JUNK);
	await page.waitForURL('**/search/**');
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', /done|nomatch|empty/);
	// The box shows the paste's head and tail, not 100,000 characters the browser needs fallback fonts for.
	const shown = await page.locator(SEARCH_BOX).inputValue();
	expect(shown.length).toBeLessThan(10_000);
	expect(shown.startsWith(JUNK.slice(0, 100))).toBe(true);
});

test('an empty or whitespace query shows nothing and no error', async ({ page }) => {
	await page.goto('/search/?q=%20%20%20');
	await page.locator(SEARCH_BOX).fill('   ');
	await expect(page.locator('[data-results]')).toHaveAttribute('data-state', 'idle');
	await expect(page.locator('a[data-result]')).toHaveCount(0);
});
