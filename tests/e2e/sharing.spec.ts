import { expect, test } from '@playwright/test';
import { loadIndex } from '../support/site';

test('an entry page carries a title, description, canonical URL, OpenGraph/Twitter tags and JSON-LD', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	await expect(page).toHaveTitle(new RegExp(record!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	expect((await meta('meta[name=description]'))!.length).toBeGreaterThan(40);
	expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(record!.permalink);
	expect(await meta('meta[property="og:title"]')).toBe(record!.title);
	expect(await meta('meta[property="og:type"]')).toBe('article');
	expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
	const image = await meta('meta[property="og:image"]');
	const imageResponse = await request.get(new URL(image!).pathname);
	expect(imageResponse.headers()['content-type']).toContain('image/png');
	expect((await imageResponse.body()).subarray(1, 4).toString()).toBe('PNG');
	// Entries of one provider, status, severity and class share their card, named after them.
	expect(new URL(image!).pathname).toBe(`/og/${[record!.provider, record!.status ?? 'client-side', record!.severity, record!.exceptions[0] ?? 'no-class'].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
	const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(jsonLd['@type']).toBe('TechArticle');
	expect(jsonLd.headline).toBe(record!.title);
});

test('the copy-link control copies the absolute URL of its section', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	await page.locator('#causes').hover();
	const link = page.locator('a.anchor-link[href="#causes"]');
	// Named after the heading's text as a reader sees it, entities decoded once.
	await expect(link).toHaveAccessibleName('Link to Causes & fixes');
	await link.focus();
	await expect(link).toBeVisible();
	await link.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${record!.permalink}#causes`);
	const firstCause = page.locator('ol.causes > li').first();
	const causeLink = firstCause.locator('a.anchor-link');
	await causeLink.focus();
	await causeLink.press('Enter');
	const id = await firstCause.getAttribute('id');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${record!.permalink}#${id}`);
});

test('the sitemap lists every entry, the feed the 50 verified most recently, newest first', async ({ request }) => {
	const index = await loadIndex(request);
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	for (const record of index) expect(sitemap).toContain(`<loc>${record.permalink}</loc>`);
	expect(sitemap).not.toContain('/e/');

	const feed = await (await request.get('/feed.xml')).text();
	const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
	const newest = [...index].sort((a, b) => b.verified.localeCompare(a.verified) || a.id.localeCompare(b.id)).slice(0, 50);
	expect(index.length).toBeGreaterThan(50);
	expect(links).toEqual(newest.map((record) => record.permalink));
});

test('the 404 page offers search prefilled from the missing path', async ({ page }) => {
	const response = await page.goto('/openai/rate-limit-exceeded-oops/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('input[name=q]')).toHaveValue('rate limit exceeded oops');
});

test('the 404 page of a mistyped entry URL suggests the entry it meant', async ({ page }) => {
	const response = await page.goto('/openai/openai-429-insufficent-quota/');
	expect(response?.status()).toBe(404);
	const suggestions = page.getByRole('region', { name: 'Perhaps you meant' });
	await expect(suggestions.locator('a[data-suggestion]').first()).toBeVisible();
	const ids = await suggestions.locator('a[data-suggestion]').evaluateAll((links) => links.map((a) => a.getAttribute('data-suggestion')));
	expect(ids.slice(0, 3)).toContain('openai-429-insufficient-quota');
});
