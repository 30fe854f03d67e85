/**
 * A reader in a hurry, on a laptop and on a phone: the quick fix is in the first
 * screen, nothing scrolls sideways or is clipped, and "On this page" links
 * every section. Checked on every entry page and on the browsing pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadIndex } from '../support/site';

const SCREENS = [
	{ name: 'laptop', width: 1280, height: 800, fixWithin: 1 },
	{ name: 'phone', width: 390, height: 844, fixWithin: 1.2 },
] as const;

/** Horizontal overflow of the page, and every table wider than the box it sits in. */
async function widthProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const overflow = document.documentElement.scrollWidth - window.innerWidth;
		if (overflow > 0) problems.push(`page is ${overflow}px wider than the screen`);
		for (const table of document.querySelectorAll('table')) {
			const box = table.parentElement!.getBoundingClientRect();
			const clipped = table.scrollWidth - table.clientWidth;
			if (clipped > 1 || table.getBoundingClientRect().right > Math.min(box.right, window.innerWidth) + 1) {
				problems.push(`table "${table.caption?.textContent ?? table.rows[0]?.textContent?.slice(0, 40)}" is clipped`);
			}
		}
		return problems;
	});
}

for (const screen of SCREENS) {
	test.describe(`on a ${screen.name} (${screen.width}×${screen.height})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height } });

		test('every entry page shows the quick fix in the first screen, fits the screen, and lists every section on the page', async ({ page, request }) => {
			const index = await loadIndex(request);
			test.setTimeout(15_000 + index.length * 1_000);
			for (const record of index) {
				await page.goto(record.url);
				const fixTop = await page.locator('h2#fix').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
				expect(fixTop, `${record.id}: quick fix starts ${Math.round(fixTop)}px down`).toBeLessThan(screen.height * screen.fixWithin);
				expect(await widthProblems(page), record.id).toEqual([]);

				const sections = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
				const toc = page.getByRole('navigation', { name: 'On this page' });
				await expect(toc).toHaveCount(1); // the other one is hidden at this width
				const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(links, record.id).toEqual(sections.map((id) => `#${id}`));
			}
		});

		test('the catalog, status and search pages fit the screen, with no table clipped', async ({ page }) => {
			for (const path of ['/', '/openai/', '/azure-openai/', '/status/', '/status/400/', '/status/client-side/', '/search/?q=quota']) {
				await page.goto(path);
				expect(await widthProblems(page), path).toEqual([]);
			}
		});
	});
}

test('breadcrumbs lead from an entry to its provider and its status on the catalog', async ({ page, request }) => {
	const record = (await loadIndex(request)).find((r) => r.status !== null)!;
	await page.goto(record.url);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(crumbs.getByRole('link')).toHaveText(['Home', record.provider === 'openai' ? 'OpenAI' : /.+/, `HTTP ${record.status}`]);
	await crumbs.getByRole('link', { name: `HTTP ${record.status}` }).click();
	await expect(page).toHaveURL(new RegExp(`/${record.provider}/#status-${record.status}$`));
	await expect(page.locator(`tr#${record.id}`)).toBeVisible();
});
