/**
 * The search page in the browser: reads the paste (with its newlines, which an
 * <input> would delete), runs the traceback-aware search over Pagefind, renders
 * the results as text, and writes only the redacted signature to `?q=`.
 */
import { searchErrors, type SearchOutcome } from '../lib/search/engine';
import { el } from './dom';
import { pagefindSource } from './pagefind-source';
import { recognisedParts, signatureToQuery } from '../lib/search/query-string';

const PASTE_KEY = 'error-atlas:paste';
const DEBOUNCE_MS = 120;
/** The box shows at most this much of a paste: a megabyte in an <input> makes text layout crawl. */
const SHOWN_CHARS = 2_000;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
	const results = document.querySelector<HTMLElement>('[data-results]')!;
	const list = results.querySelector<HTMLOListElement>('[data-result-list]')!;
	const fallback = results.querySelector<HTMLElement>('[data-fallback]')!;
	const recognised = document.querySelector<HTMLElement>('[data-recognised]')!;
	const statusLinks = document.querySelector<HTMLTemplateElement>('[data-status-links]')!;
	const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];
	const knownNames = JSON.parse(form.dataset.knownNames ?? '[]') as string[];
	const exceptionShards = JSON.parse(form.dataset.exceptionShards ?? '{}') as Record<string, string>;

	/** The text last pasted or inserted with its newlines, while the box still shows it. */
	let raw: { text: string; shown: string } | undefined;
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const currentText = () => (raw && raw.shown === input.value ? raw.text : input.value);
	const remember = (text: string) => {
		input.value = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
		raw = { text, shown: input.value };
	};

	input.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text');
		if (!text) return;
		event.preventDefault();
		remember(text);
		schedule(0);
	});
	// Programmatic insertion (and some paste paths) announce the text, newlines included,
	// before the box flattens it; keep that text while the box shows exactly what it became.
	let announced: string | undefined;
	input.addEventListener('beforeinput', (event) => {
		const replacesAll = input.selectionStart === 0 && input.selectionEnd === input.value.length;
		announced = event.data && /[\r\n]/.test(event.data) && replacesAll ? event.data : undefined;
	});
	input.addEventListener('input', () => {
		if (announced !== undefined) raw = { text: announced, shown: input.value };
		announced = undefined;
		schedule(DEBOUNCE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		schedule(0);
	});
	for (const select of filterSelects) select.addEventListener('change', () => schedule(0));

	function schedule(delay: number) {
		clearTimeout(timer);
		timer = setTimeout(run, delay);
	}

	function setState(state: 'idle' | 'searching' | 'done' | 'empty') {
		results.dataset.state = state;
		results.setAttribute('aria-busy', String(state === 'searching'));
	}

	async function run() {
		const text = currentText();
		const mine = ++sequence;
		if (!text.trim()) {
			list.replaceChildren();
			fallback.hidden = true;
			recognised.hidden = true;
			setState('idle');
			history.replaceState(null, '', location.pathname);
			return;
		}
		setState('searching');
		let outcome: SearchOutcome;
		try {
			const filters = Object.fromEntries(filterSelects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
			outcome = await searchErrors(pagefindSource, text, { knownNames, filters, exceptionShards });
		} catch (error) {
			if (mine !== sequence) return;
			recognised.hidden = false;
			recognised.textContent = `Search is unavailable: ${(error as Error).message}. Browse by status or provider instead.`;
			fallback.hidden = false;
			setState('empty');
			return;
		}
		if (mine !== sequence) return;
		render(outcome);
	}

	function render({ signature, hits, queries }: SearchOutcome) {
		// Which indexes answered, for tests and the curious: "status 429", or "status 429, all" after a fallback.
		results.dataset.searched = [...new Set(queries.map((q) => q.index))].join(', ');
		const parts = recognisedParts(signature);
		recognised.hidden = parts.length === 0;
		recognised.replaceChildren();
		if (parts.length) {
			recognised.append('Recognised: ');
			parts.forEach((part, i) => {
				if (i) recognised.append(' · ');
				recognised.append(el('code', part));
			});
			if (signature.redactions) recognised.append(` · ${signature.redactions} secret${signature.redactions > 1 ? 's' : ''} removed`);
		}

		list.replaceChildren(
			...hits.slice(0, 10).map((hit) => {
				const item = el('li');
				item.append(el('a', hit.entry.title, { href: hit.url, 'data-result': hit.entry.id }));
				const badges = el('div', undefined, { class: 'result-badges' });
				badges.append(
					el('span', hit.entry.status === null ? 'Client-side' : `HTTP ${hit.entry.status}`),
					el('span', `${hit.entry.severity} severity`),
				);
				if (hit.entry.exceptions[0]) badges.append(el('span', hit.entry.exceptions[0]));
				const summary = el('p', hit.entry.summary, { class: 'excerpt' });
				item.append(badges, summary);
				return item;
			}),
		);
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
		setState(hits.length ? 'done' : 'empty');

		const query = signatureToQuery(signature);
		const url = new URL(location.href);
		url.hash = '';
		url.searchParams.set('q', query);
		history.replaceState(null, '', url);
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
		remember(initial);
		schedule(0);
	}
}
