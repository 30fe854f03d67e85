import { expect, test } from '@playwright/test';
import { loadIndex } from '../support/site';

test('the provider catalog lists every entry of the provider, grouped by status', async ({ page, request }) => {
	const index = await loadIndex(request);
	for (const provider of [...new Set(index.map((r) => r.provider))]) {
		await page.goto(`/${provider}/`);
		const listed = await page.locator('main table td.error > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const expected = index.filter((r) => r.provider === provider).map((r) => r.url);
		expect(listed.sort()).toEqual(expected.sort());
		for (const record of index.filter((r) => r.provider === provider)) {
			const group = page.locator(`#status-${record.status ?? 'client-side'}`);
			await expect(group).toBeVisible();
		}
	}
});

test('the home page offers search and browsing by provider and status with counts', async ({ page, request }) => {
	const index = await loadIndex(request);
	await page.goto('/');
	await expect(page.locator('input[name=q]')).toBeVisible();
	const openaiCount = index.filter((r) => r.provider === 'openai').length;
	await expect(page.locator('.providers')).toContainText(`${openaiCount} errors`);
	const statuses = new Set(index.map((r) => r.status));
	await expect(page.locator('.statuses li')).toHaveCount(statuses.size);
	const with429 = index.filter((r) => r.status === 429).length;
	if (with429) await expect(page.locator('.statuses li', { hasText: 'HTTP 429' })).toContainText(`${with429} error`);
});

test('a status page lists every entry with that status', async ({ page, request }) => {
	const index = await loadIndex(request);
	const status = index[0]!.status;
	await page.goto(`/status/${status ?? 'client-side'}/`);
	const listed = await page.locator('main table td.error > a').count();
	expect(listed).toBe(index.filter((r) => r.status === status).length);
});

test('a short link /e/<id>/ lands on the entry', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(`/e/${record!.id}/`);
	await page.waitForURL(`**${record!.url}`);
	await expect(page.locator('h1')).toHaveText(record!.title);
});
