/**
 * Search as you type in the header box, on every page: a combobox whose list
 * shows the best entries for what is typed (WAI-ARIA combobox pattern:
 * arrows move, Enter opens, Escape closes). Loaded only when the reader first
 * focuses or types in the box, so pages carry no search code up front.
 * Enter with nothing chosen submits the form to /search/ as before.
 */
import { searchContext } from './search-context';
import { searchErrors } from '../lib/search/engine';
import { el } from './dom';
import { statusKey } from '../lib/format';
import { pagefindSource } from './pagefind-source';

const DEBOUNCE_MS = 150;
const SHOWN = 6;
/** Longer text is a paste, which goes to the search page whole (see header-search.ts). */
const MAX_TYPED = 300;

export function startSuggestions(input: HTMLInputElement): void {
	// Not a Tab stop: focus stays in the box while arrows move through the list (a scrollable list is otherwise one).
	const list = el('ul', undefined, { id: `${input.id}-suggestions`, class: 'suggestions', role: 'listbox', 'aria-label': 'Matching errors', tabindex: '-1' });
	list.hidden = true;
	input.insertAdjacentElement('afterend', list);
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');

	let timer: ReturnType<typeof setTimeout> | undefined;
	let sequence = 0;
	let active = -1;

	const options = () => [...list.querySelectorAll<HTMLLIElement>('[role=option]')];
	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};
	/** Closes the list and drops the searches still running, so none of them opens it again. */
	const dismiss = () => {
		clearTimeout(timer);
		sequence++;
		close();
	};
	const highlight = (index: number) => {
		const all = options();
		if (all.length === 0) return;
		active = (index + all.length) % all.length;
		all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
		input.setAttribute('aria-activedescendant', all[active]!.id);
		all[active]!.scrollIntoView({ block: 'nearest' });
	};

	async function run() {
		const text = input.value.trim();
		const mine = ++sequence;
		if (!text || text.length > MAX_TYPED) return close();
		let hits;
		try {
			hits = (await searchErrors(pagefindSource, text, (await searchContext()).options)).hits.slice(0, SHOWN);
		} catch {
			return close();
		}
		if (mine !== sequence || document.activeElement !== input) return;
		list.replaceChildren(
			...hits.map((hit, i) => {
				const option = el('li', undefined, { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-href': hit.url });
				option.append(
					el('a', hit.entry.title, { href: hit.url, tabindex: '-1' }),
					el('span', statusKey(hit.entry.status), { class: 'status' }),
				);
				return option;
			}),
		);
		if (hits.length === 0) {
			list.append(el('li', 'No match yet. Press Enter to search all errors.', { class: 'empty' }));
		}
		active = -1;
		input.removeAttribute('aria-activedescendant');
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
	}

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (list.hidden) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Tab') {
			// Closed before the browser moves focus, so Tab goes on to the page, not into a list that then disappears.
			dismiss();
		} else if (event.key === 'Escape') {
			event.preventDefault();
			dismiss();
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			location.assign(options()[active]!.dataset.href!);
		}
	});
	// A click on a suggestion lands before the box loses focus.
	list.addEventListener('mousedown', (event) => event.preventDefault());
	input.addEventListener('blur', dismiss);
	if (input.value.trim()) void run();
}
