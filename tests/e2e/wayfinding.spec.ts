/**
 * Finding your way and the small things people notice: the header marks where you are,
 * badges lead to the rule behind them, the keyboard behaves predictably, the first search
 * says it is loading, and the answer gives the fix itself.
 */
import { expect, test } from '@playwright/test';
import { readAllEntries } from '../../scripts/lib/entries';
import { loadIndex, pasteInto, SEARCH_BOX, searchResult } from '../support/site';

const { entries } = readAllEntries();

test('the header marks the section a page belongs to', async ({ page, request }) => {
	const record = (await loadIndex(request)).find((r) => r.provider === 'anthropic')!;
	await page.goto(record.url);
	const nav = page.getByRole('navigation', { name: 'Browse' });
	await expect(nav.locator('[aria-current]')).toHaveCount(1);
	await expect(nav.getByRole('link', { name: 'Anthropic' })).toHaveAttribute('aria-current', 'location');
	await page.goto('/status/');
	await expect(nav.getByRole('link', { name: 'By status' })).toHaveAttribute('aria-current', 'page');
});

test('a severity badge links to the written rule, which explains its level', async ({ page, request }) => {
	const record = (await loadIndex(request)).find((r) => r.severity === 'critical')!;
	await page.goto(record.url);
	await page.locator('.facts').getByRole('link', { name: 'Critical severity' }).click();
	await expect(page).toHaveURL(/\/severity\/#critical$/);
	await expect(page.locator('#critical')).toBeVisible();
	await expect(page.locator('#service-down')).toContainText('Every call with this key');
});

test('a language tab chosen by keyboard is remembered on the next page', async ({ page }) => {
	const [first, second] = entries.filter((e) => e.data.examples.length > 1 && e.data.examples[1]!.lang === 'typescript').slice(0, 2);
	await page.goto(`/${first!.data.provider}/${first!.id}/`);
	const tabs = page.getByRole('tablist', { name: 'Language' }).getByRole('tab');
	await tabs.first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.goto(`/${second!.data.provider}/${second!.id}/`);
	await expect(page.getByRole('tablist', { name: 'Language' }).getByRole('tab', { name: 'TypeScript' })).toHaveAttribute('aria-selected', 'true');
});

test('Tab from the header suggestions moves on to the page, not back to its start', async ({ page, request }) => {
	const record = (await loadIndex(request)).find((r) => r.provider === 'openai')!;
	await page.goto(record.url);
	const box = page.locator('[data-header-search]');
	await box.click();
	await box.pressSequentially('quota', { delay: 5 });
	await expect(page.getByRole('listbox', { name: 'Matching errors' }).getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('listbox', { name: 'Matching errors' })).toBeHidden();
	const focused = await page.evaluate(() => document.activeElement?.tagName);
	expect(focused).not.toBe('BODY');
	await page.keyboard.press('Shift+Tab');
	await expect(box).toBeFocused();
});

test('the first search shows that the index is loading, and the answer gives the quick fix itself', async ({ page }) => {
	const entry = entries.find((e) => e.id === 'openai-429-insufficient-quota')!;
	// Pagefind's script arrives late, as on a slow connection: the wait must be visible.
	await page.route('**/pagefind/pagefind.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 800));
		await route.continue();
	});
	await page.goto('/search/');
	await pasteInto(page, SEARCH_BOX, entry.data.stackTrace.text);
	await expect(page.getByRole('status').filter({ hasText: 'Loading the search index' })).toBeVisible();
	const { state, ids } = await searchResult(page);
	expect(state).toBe('done');
	expect(ids[0]).toBe(entry.id);
	await expect(page.locator('[data-progress]')).toBeHidden();
	const answer = page.locator('li.answer .quick-fix');
	await expect(answer).toContainText(entry.data.quickFix.replace(/`/g, '').slice(0, 60).trim());
	await expect(answer.getByRole('link', { name: /Full entry/ })).toHaveAttribute('href', `/openai/${entry.id}/`);
});
