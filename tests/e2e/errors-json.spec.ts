import { expect, test } from '@playwright/test';
import { loadIndex } from '../support/site';

test('/errors.json describes every entry page', async ({ page, request }) => {
	const index = await loadIndex(request);
	const ids = new Set<string>();
	for (const record of index) {
		expect(ids.has(record.id), `duplicate id ${record.id}`).toBe(false);
		ids.add(record.id);
		expect(record.url).toBe(`/${record.provider}/${record.id}/`);
		expect(record.permalink.endsWith(record.url)).toBe(true);
		expect(['low', 'medium', 'high', 'critical']).toContain(record.severity);
		expect(['beginner', 'intermediate', 'advanced']).toContain(record.difficulty);
		expect(['no', 'yes', 'backoff']).toContain(record.retry);
		// 200 is a streamed response that failed after it started; every other status is an error status.
		expect(record.status === null || record.status === 200 || (record.status >= 400 && record.status <= 599)).toBe(true);
		expect(record.verified).toMatch(/^\d{4}-\d\d$/);
		expect(record.sources.length).toBeGreaterThan(0);
		expect(Array.isArray(record.exceptions) && Array.isArray(record.messages)).toBe(true);
	}
	for (const record of index.slice(0, 15)) {
		const response = await page.goto(record.url);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(record.title);
		const badge = page.getByRole('list', { name: 'At a glance' });
		await expect(badge).toContainText(record.status === null ? 'Client-side' : String(record.status));
	}
});
