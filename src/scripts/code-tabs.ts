/**
 * <code-tabs>: turns the stacked language panels into a WAI-ARIA tab list.
 * The choice of language is remembered, so every page opens on the reader's language.
 */
const STORAGE_KEY = 'error-atlas:code-language';

class CodeTabs extends HTMLElement {
	connectedCallback() {
		const tablist = this.querySelector<HTMLElement>('[role=tablist]');
		if (!tablist) return;
		const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role=tab]')];
		const remember = (tab: HTMLButtonElement) => {
			try {
				localStorage.setItem(STORAGE_KEY, tab.textContent!.trim());
			} catch {
				// Private mode: the choice is simply not remembered.
			}
		};
		const select = (tab: HTMLButtonElement, focus = false) => {
			for (const t of tabs) {
				const selected = t === tab;
				t.setAttribute('aria-selected', String(selected));
				t.tabIndex = selected ? 0 : -1;
				this.querySelector<HTMLElement>(`#${t.getAttribute('aria-controls')}`)!.hidden = !selected;
			}
			if (focus) tab.focus();
		};
		tablist.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLButtonElement>('[role=tab]');
			if (!tab) return;
			select(tab);
			remember(tab);
		});
		tablist.addEventListener('keydown', (event) => {
			const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
			if (index < 0) return;
			const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
			if (next === undefined) return;
			event.preventDefault();
			// A language chosen by keyboard is remembered like one chosen by mouse.
			const tab = tabs[(next + tabs.length) % tabs.length]!;
			select(tab, true);
			remember(tab);
		});
		let remembered: string | null = null;
		try {
			remembered = localStorage.getItem(STORAGE_KEY);
		} catch {
			remembered = null;
		}
		select(tabs.find((t) => t.textContent!.trim() === remembered) ?? tabs[0]!);
		tablist.hidden = false;
	}
}

export function defineCodeTabs(): void {
	if (!customElements.get('code-tabs')) customElements.define('code-tabs', CodeTabs);
}
