import { expect, test } from '@playwright/test';
import { loadIndex } from '../support/site';
import { readProofResults } from '../../scripts/lib/proof-results';

/** The section anchors every entry page must carry: a public contract. */
const SECTIONS = [
	'meaning',
	'fix',
	'stack-trace',
	'why',
	'detection',
	'causes',
	'code',
	'workaround',
	'prevention',
	'retry',
	'compatibility',
	'verified',
	'sources',
	'notes',
];

test('every entry page shows every section of the anatomy, in order, with its anchor', async ({ page, request }) => {
	const index = await loadIndex(request);
	expect(index.length).toBeGreaterThan(0);
	// One page load per entry: the time this test may take grows with the catalog.
	test.setTimeout(15_000 + index.length * 800);
	for (const record of index) {
		await page.goto(record.url);
		await expect(page.locator('h1')).toHaveText(record.title);
		const ids = await page.locator('h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
		expect(ids.filter((id) => SECTIONS.includes(id)), record.id).toEqual(SECTIONS);
	}
});

test('the at-a-glance facts, exception names and exact messages are shown first', async ({ page, request }) => {
	const index = await loadIndex(request);
	for (const record of index.filter((r) => r.messages.length > 0).slice(0, 10)) {
		await page.goto(record.url);
		const facts = page.getByRole('list', { name: 'At a glance' });
		await expect(facts).toContainText(`${record.severity[0]!.toUpperCase()}${record.severity.slice(1)} severity`);
		await expect(facts).toContainText(record.status === null ? 'Client-side' : `HTTP ${record.status}`);
		await expect(facts).toContainText(/Difficulty/);
		await expect(facts).toContainText(/Fix \d/);
		const summary = page.getByRole('region', { name: 'Exception and message' });
		for (const name of record.exceptions) await expect(summary).toContainText(name);
		for (const message of record.messages) await expect(summary.getByText(message, { exact: true })).toBeVisible();
	}
});

test('each cause has its own fix and a permanent anchor', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	const causes = page.locator('ol.causes > li[id^="cause-"]');
	expect(await causes.count()).toBeGreaterThan(0);
	for (const cause of await causes.all()) {
		await expect(cause.getByText('✓ Fix')).toBeVisible();
		const id = await cause.getAttribute('id');
		await expect(cause.locator(`a[href="#${id}"]`)).toHaveCount(1);
	}
});

test('a section link resolves to that section', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(`${record!.url}#prevention`);
	await expect(page.locator('#prevention')).toBeInViewport();
});

test('the verification stamp links the official source', async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	const stamp = page.locator('.verified');
	await expect(stamp).toContainText(`Verified ${record!.verified}`);
	const href = await stamp.getByRole('link', { name: /Verify/ }).getAttribute('href');
	expect(href).toMatch(/^https:\/\//);
});

test('pages whose example was proven by the test run say so, from the recorded result', async ({ page, request }) => {
	const recorded = readProofResults();
	const index = await loadIndex(request);
	test.setTimeout(15_000 + index.length * 800);
	for (const record of index) {
		const proof = recorded?.proofs[record.id];
		if (!proof) continue;
		await page.goto(record.url);
		const stamp = page.locator('.stamp.proof');
		await expect(stamp).toContainText(`example run against ${proof.sdk.replace(/ \(npm\)$/, '')} ${proof.version} on ${recorded!.ranOn}`);
		await expect(stamp).toContainText(proof.raised);
	}
});

test('broken and fixed code sit side by side on a wide screen, with language tabs', async ({ page, request }) => {
	const index = await loadIndex(request);
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(index[0]!.url);
	const pair = page.locator('.pair').first();
	const [broken, fixed] = await Promise.all([pair.locator('figure.broken').boundingBox(), pair.locator('figure.fixed').boundingBox()]);
	expect(Math.abs(broken!.y - fixed!.y)).toBeLessThan(5);
	expect(fixed!.x).toBeGreaterThan(broken!.x + broken!.width - 5);
	const tabs = page.getByRole('tab');
	if ((await tabs.count()) > 1) {
		await tabs.nth(1).click();
		await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
		const panels = page.locator('[role=tabpanel]');
		await expect(panels.nth(0)).toBeHidden();
		await expect(panels.nth(1)).toBeVisible();
		await tabs.nth(1).press('ArrowLeft');
		await expect(tabs.nth(0)).toBeFocused();
		await expect(panels.nth(0)).toBeVisible();
		await expect(panels.nth(1)).toBeHidden();
	}
});

test('the page works without JavaScript: every section and every code example is there', async ({ browser, request }) => {
	const [record] = await loadIndex(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(record!.url);
	for (const id of SECTIONS) await expect(page.locator(`#${id}`)).toBeVisible();
	expect(await page.locator('figure.broken').count()).toBeGreaterThan(0);
	for (const panel of await page.locator('[role=tabpanel]').all()) await expect(panel).toBeVisible();
	await context.close();
});

test("code is highlighted in the reader's colour scheme, and the example output sits in a terminal frame", async ({ page, request }) => {
	const [record] = await loadIndex(request);
	await page.goto(record!.url);
	// Expressive Code's stylesheet, linked once by the page's first code block.
	await expect(page.locator('link[rel=stylesheet][href*="/ec."]')).toHaveCount(1);
	await expect(page.locator('figure.frame.is-terminal .title').first()).toHaveText('Example output');

	const token = page.locator('figure.broken .ec-line [class^="ec-t"]').first();
	const line = page.locator('figure.broken .ec-line .code').first();
	const colours = async () => ({
		token: await token.evaluate((element) => getComputedStyle(element).color),
		plain: await line.evaluate((element) => getComputedStyle(element).color),
	});
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await colours();
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await colours();
	expect(dark.token).not.toBe(dark.plain);
	expect(light.token).not.toBe(light.plain);
	expect(light.token).not.toBe(dark.token);
});
