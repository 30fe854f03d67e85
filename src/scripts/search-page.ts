/**
 * The search page in the browser: a multi-line box that keeps a whole paste,
 * the traceback-aware search over Pagefind, the verdict (the answer, or an
 * honest "no entry yet" with what was recognised), and the URL: a typed query
 * as typed, a paste as its redacted signature, one history entry per search.
 */
import { searchErrors, type SearchOutcome } from '../lib/search/engine';
import { signatureToQuery } from '../lib/search/query-string';
import { noEntryNote, recognisedParts } from '../lib/search/recognised';
import type { Signature } from '../lib/traceback/signature';
import { REPOSITORY_URL } from '../config';
import { el, inlineMarkdown } from './dom';
import { PASTE_KEY } from './header-search';
import { pagefindSource } from './pagefind-source';
import { searchContext, type SearchContext } from './search-context';

const DEBOUNCE_MS = 150;
/** Results shown: the answer and its neighbours, or the related entries. */
const SHOWN = { done: 10, related: 5 } as const;

/**
 * Characters the browser must find a fallback font for (other scripts, symbols,
 * binary junk) are slow to lay out: 100,000 of them hold a textarea for about
 * five seconds. A paste with more than this many is shown as its head and tail,
 * and the search still reads all of it.
 */
const MAX_SLOW_CHARACTERS = 5_000;
const SHOWN_EDGE = 2_000;

function slowToLayOut(text: string): boolean {
	let slow = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code > 0x24f && (code < 0x2000 || code > 0x2bff) && ++slow > MAX_SLOW_CHARACTERS) return true;
	}
	return false;
}

/** How a search was asked for: a new history entry, an edit of the current one, or a visit to an old one. */
type Trigger = 'new' | 'edit' | 'history';

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
	const box = form.querySelector<HTMLTextAreaElement>('textarea[name=q]')!;
	const results = document.querySelector<HTMLElement>('[data-results]')!;
	const list = results.querySelector<HTMLOListElement>('[data-result-list]')!;
	const noEntry = results.querySelector<HTMLElement>('[data-no-entry]')!;
	const relatedHeading = results.querySelector<HTMLElement>('[data-related-heading]')!;
	const fallback = results.querySelector<HTMLElement>('[data-fallback]')!;
	const recognised = document.querySelector<HTMLElement>('[data-recognised]')!;
	const progress = document.querySelector<HTMLElement>('[data-progress]')!;
	const statusLinks = document.querySelector<HTMLTemplateElement>('[data-status-links]')!;
	const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];

	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastQuery: string | undefined;
	/** The box was emptied after the last search: what is searched next is a new search, not an edit of that one. */
	let cleared = false;
	/** A paste too slow to show whole, while the box still shows its head and tail unedited. */
	let held: { text: string; shown: string } | undefined;
	const currentText = () => (held && held.shown === box.value ? held.text : box.value);

	const schedule = (trigger: Trigger, delay: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(trigger), delay);
	};

	/** Puts a paste in the box whole (setRangeText keeps every newline), or its head and tail when it is too slow to show. */
	const insertPaste = (text: string) => {
		if (slowToLayOut(text)) {
			box.value = `${text.slice(0, SHOWN_EDGE)}\n…\n${text.slice(-SHOWN_EDGE)}`;
			held = { text, shown: box.value };
		} else {
			box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
		}
	};

	box.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text');
		if (!text) return;
		event.preventDefault();
		insertPaste(text);
		schedule('new', 0);
	});
	box.addEventListener('input', () => schedule('edit', DEBOUNCE_MS));
	// Enter searches, Shift+Enter starts a new line (and an IME's Enter confirms its text).
	box.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
		event.preventDefault();
		schedule('new', 0);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		schedule('new', 0);
	});
	for (const select of filterSelects) select.addEventListener('change', () => schedule('new', 0));
	window.addEventListener('popstate', () => {
		box.value = new URLSearchParams(location.search).get('q') ?? '';
		schedule('history', 0);
	});

	/** Shown only when a search takes long enough to notice: the first one loads the index. */
	const PROGRESS_DELAY_MS = 150;
	let progressTimer: ReturnType<typeof setTimeout> | undefined;
	let searchedOnce = false;

	function setState(state: 'idle' | 'searching' | 'done' | 'nomatch' | 'empty') {
		results.dataset.state = state;
		results.setAttribute('aria-busy', String(state === 'searching'));
		clearTimeout(progressTimer);
		if (state === 'searching') {
			progressTimer = setTimeout(() => {
				progress.querySelector('[data-progress-text]')!.textContent = searchedOnce ? 'Searching…' : 'Loading the search index…';
				progress.hidden = false;
			}, PROGRESS_DELAY_MS);
		} else {
			progress.hidden = true;
			if (state !== 'idle') searchedOnce = true;
		}
	}

	function clear() {
		list.replaceChildren();
		recognised.replaceChildren();
		for (const part of [noEntry, relatedHeading, fallback, recognised]) part.hidden = true;
	}

	async function run(trigger: Trigger) {
		const text = currentText();
		const mine = ++sequence;
		if (!text.trim()) {
			clear();
			setState('idle');
			// Emptying the box keeps the last search's URL and its place in history, for Back to return to.
			if (trigger === 'history') writeUrl(undefined, trigger);
			else cleared = true;
			return;
		}
		setState('searching');
		let outcome: SearchOutcome;
		let context: SearchContext;
		try {
			context = await searchContext();
			const filters = Object.fromEntries(filterSelects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
			outcome = await searchErrors(pagefindSource, text, { ...context.options, filters });
		} catch (error) {
			if (mine !== sequence) return;
			clear();
			recognised.hidden = false;
			recognised.textContent = `Search is unavailable: ${(error as Error).message}. Browse by status or provider instead.`;
			fallback.hidden = false;
			setState('empty');
			return;
		}
		if (mine !== sequence) return;
		render(outcome, context);
		writeUrl(queryOf(outcome.signature, text), cleared && trigger === 'edit' ? 'new' : trigger);
		cleared = false;
	}

	/** A typed query stays as typed; a paste becomes its signature, secrets removed. */
	function queryOf(signature: Signature, text: string): string {
		if (signature.kind === 'query') return signature.redactions ? signature.text.trim() : text.trim();
		return signatureToQuery(signature);
	}

	function writeUrl(query: string | undefined, trigger: Trigger) {
		if (trigger === 'history') {
			lastQuery = query;
			return;
		}
		const url = new URL(location.href);
		url.hash = '';
		if (query === undefined) url.searchParams.delete('q');
		else url.searchParams.set('q', query);
		// Each search is a page of history; edits refine it, and an unchanged query adds nothing.
		if (trigger === 'new' && query !== lastQuery && lastQuery !== undefined) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		lastQuery = query;
		document.title = query ? `${query.split('\n')[0]!.slice(0, 60)} · Search errors` : 'Search errors';
	}

	function render({ signature, hits, verdict, queries }: SearchOutcome, context: SearchContext) {
		clear();
		// Which indexes answered, for tests and the curious: "status 429", or "status 429, all" after a fallback.
		results.dataset.searched = [...new Set(queries.map((q) => q.index))].join(', ');
		results.dataset.reason = verdict.reason;
		const parts = signature.kind === 'paste' ? recognisedParts(signature, context.providerName) : [];
		if (parts.length) {
			recognised.hidden = false;
			recognised.append('Recognised: ');
			parts.forEach((part, i) => {
				if (i) recognised.append(' · ');
				recognised.append(el('code', part));
			});
			if (signature.redactions) recognised.append(` · ${signature.redactions} secret${signature.redactions > 1 ? 's' : ''} removed`);
		}

		const answered = verdict.answer && hits.length > 0;
		if (!answered && signature.kind === 'paste') showNoEntry(signature, context, parts, verdict);
		const shown = hits.slice(0, answered ? SHOWN.done : SHOWN.related);
		relatedHeading.hidden = answered || shown.length === 0;
		relatedHeading.textContent = verdict.reason === 'other-provider' ? 'Similar errors of other providers' : 'Related entries';
		list.replaceChildren(...shown.map((hit, i) => resultItem(hit, answered && i === 0)));

		const browse = fallback.querySelector('[data-browse-links]')!;
		browse.querySelector('[data-status-link]')?.remove();
		if (hits.length === 0 && signature.status !== undefined) {
			const link = statusLinks.content.querySelector(`[data-status="${signature.status}"]`);
			if (link) {
				const li = el('li', undefined, { 'data-status-link': '' });
				li.append(link.cloneNode(true));
				browse.prepend(li);
			}
		}
		fallback.hidden = hits.length > 0;
		setState(answered ? 'done' : signature.kind === 'paste' && (hits.length || parts.length) ? 'nomatch' : 'empty');
	}

	function showNoEntry(signature: Signature, context: SearchContext, parts: string[], verdict: SearchOutcome['verdict']) {
		noEntry.hidden = false;
		noEntry.querySelector('[data-no-entry-note]')!.textContent = noEntryNote(signature, verdict, context.hints.coveredProviders, context.providerName);
		const request = noEntry.querySelector<HTMLAnchorElement>('[data-request-entry]')!;
		request.href = requestUrl(signature, parts);
	}

	function resultItem(hit: SearchOutcome['hits'][number], isAnswer: boolean): HTMLLIElement {
		const item = el('li', undefined, isAnswer ? { class: 'answer' } : {});
		if (isAnswer) item.append(el('p', 'Best match for your error', { class: 'answer-label' }));
		item.append(el('a', hit.entry.title, { href: hit.url, 'data-result': hit.entry.id }));
		const badges = el('div', undefined, { class: 'result-badges' });
		badges.append(
			el('span', hit.entry.status === null ? 'Client-side' : `HTTP ${hit.entry.status}`),
			el('span', `${hit.entry.severity} severity`),
		);
		if (hit.entry.exceptions[0]) badges.append(el('span', hit.entry.exceptions[0]));
		item.append(badges);
		if (isAnswer && hit.entry.quickFix) {
			// The answer gives the fix itself; the entry has the causes, code and prevention.
			const fix = el('div', undefined, { class: 'quick-fix' });
			fix.append(el('p', 'Quick fix', { class: 'quick-fix-label' }), inlineMarkdown(hit.entry.quickFix));
			fix.append(el('a', 'Full entry: every cause, broken vs fixed code, prevention', { href: hit.url }));
			item.append(fix);
		} else if (hit.entry.fix) {
			const fix = el('p', undefined, { class: 'fix' });
			fix.append(el('strong', 'Fix: '), hit.entry.fix);
			item.append(fix);
		}
		item.append(el('p', hit.entry.summary, { class: 'excerpt' }));
		return item;
	}

	// A paste handed over from another page, or a linked search.
	let initial = '';
	if (location.hash === '#pasted') {
		try {
			initial = sessionStorage.getItem(PASTE_KEY) ?? '';
			sessionStorage.removeItem(PASTE_KEY);
		} catch {
			initial = '';
		}
	}
	initial ||= new URLSearchParams(location.search).get('q') ?? '';
	if (initial) {
		insertPaste(initial);
		schedule('edit', 0);
	}
}

/**
 * A prefilled new-issue form asking for the entry: it carries the redacted
 * signature and the recognised parts, never the raw paste.
 */
function requestUrl(signature: Signature, parts: string[]): string {
	const title = `Entry request: ${parts.join(' · ') || signature.message?.slice(0, 80) || 'unrecognised error'}`;
	const body = [
		'An error the search found no entry for.',
		'',
		`Recognised: ${parts.join(' · ') || '(nothing)'}`,
		'',
		'Signature (secrets removed, as the search read it):',
		'```',
		signatureToQuery(signature),
		'```',
	].join('\n');
	const url = new URL(`${REPOSITORY_URL}/issues/new`);
	url.searchParams.set('title', title.slice(0, 200));
	url.searchParams.set('body', body);
	url.searchParams.set('labels', 'entry-request');
	return url.href;
}
