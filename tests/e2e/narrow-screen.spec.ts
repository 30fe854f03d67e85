import { expect, test } from '@playwright/test';
import { loadIndex } from '../support/site';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('an entry page fits a phone screen: no sideways scroll, code stacked', async ({ page, request }) => {
	const index = await loadIndex(request);
	for (const record of index.slice(0, 8)) {
		await page.goto(record.url);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, record.id).toBeLessThanOrEqual(0);
	}
	const pair = page.locator('.pair').first();
	const broken = await pair.locator('figure.broken').boundingBox();
	const fixed = await pair.locator('figure.fixed').boundingBox();
	expect(fixed!.y).toBeGreaterThanOrEqual(broken!.y + broken!.height - 1);
});

test('the catalog and search pages fit a phone screen', async ({ page }) => {
	for (const path of ['/', '/openai/', '/search/', '/status/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
