/** Helpers for end-to-end tests: the site's own index and a real paste. */
import type { APIRequestContext, Page } from '@playwright/test';
import type { PublicRecord } from '../../src/lib/public-record';

export async function loadIndex(request: APIRequestContext): Promise<PublicRecord[]> {
	const response = await request.get('/errors.json');
	if (!response.ok()) throw new Error(`/errors.json answered ${response.status()}`);
	return ((await response.json()) as { entries: PublicRecord[] }).entries;
}

/** Pastes text into the focused search box the way a browser does: a paste event with clipboard data. */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
	await page.locator(selector).focus();
	await page.evaluate(
		({ selector, text }) => {
			const target = document.querySelector(selector)!;
			const data = new DataTransfer();
			data.setData('text/plain', text);
			target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		},
		{ selector, text },
	);
}

/** The search page's box: a multi-line textarea named `q`. */
export const SEARCH_BOX = '[data-search-form] [name=q]';

/** The states a finished search ends in. */
export const FINISHED = ['done', 'nomatch', 'empty'] as const;
export type FinishedState = (typeof FINISHED)[number];

/** Waits until the search has finished; returns its state and the ids of the results, in rank order. */
export async function searchResult(page: Page): Promise<{ state: FinishedState; ids: string[] }> {
	await page.locator(FINISHED.map((state) => `[data-results][data-state="${state}"]`).join(', ')).waitFor({ state: 'attached' });
	const state = (await page.locator('[data-results]').getAttribute('data-state')) as FinishedState;
	const ids = await page.locator('[data-results] a[data-result]').evaluateAll((links) => links.map((a) => a.getAttribute('data-result')!));
	return { state, ids };
}

/** Waits until the search has finished and returns the ids of the results, in rank order. */
export async function resultIds(page: Page): Promise<string[]> {
	return (await searchResult(page)).ids;
}
