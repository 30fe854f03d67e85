import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadIndex, pasteInto, resultIds, SEARCH_BOX } from '../support/site';

async function violations(page: import('@playwright/test').Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`pages pass axe-core in the ${scheme} theme`, async ({ page, request }) => {
		await page.emulateMedia({ colorScheme: scheme });
		const index = await loadIndex(request);
		const paths = ['/', '/openai/', '/status/', '/severity/', '/verification/', `/status/${index[0]!.status ?? 'client-side'}/`, '/search/', '/this-page-does-not-exist/', ...index.slice(0, 3).map((r) => r.url)];
		// axe takes seconds a page: the time this test may take grows with the pages it checks.
		test.setTimeout(paths.length * 8_000);
		for (const path of paths) {
			await page.goto(path);
			expect(await violations(page), path).toEqual([]);
		}
	});
}

test('the search page with results passes axe-core', async ({ page }) => {
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, 'openai.RateLimitError: Error code: 429');
	await resultIds(page);
	expect(await violations(page)).toEqual([]);
});
