/**
 * Browser behaviour of the header search box. The search itself lives on
 * /search/; from any other page, typing and Enter (or a paste) go there.
 */

/** Where a paste waits for the search page: never in a URL, which could leak it. */
export const PASTE_KEY = 'error-atlas:paste';

/** "/" focuses the search box unless the reader is typing somewhere else. */
export function bindSearchShortcut(input: HTMLInputElement): void {
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}

/**
 * A paste is a whole error: it goes to the search page at once, through
 * sessionStorage, so the raw text (which may hold secrets) never enters a URL.
 */
export function forwardPasteToSearch(input: HTMLInputElement): void {
	input.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text') ?? '';
		if (!text.trim()) return;
		event.preventDefault();
		try {
			sessionStorage.setItem(PASTE_KEY, text.slice(0, 1_000_000));
		} catch {
			// Storage full or blocked: fall back to submitting what fits in the box.
			input.value = text.slice(0, 2000);
			input.form?.requestSubmit();
			return;
		}
		location.assign('/search/#pasted');
	});
}
