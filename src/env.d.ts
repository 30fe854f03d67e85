declare namespace App {
	interface Locals {
		/** Set by an entry page as it renders: the entry as the search index files it (src/middleware.ts). */
		indexedEntry?: import('./lib/search/indexed-entry').IndexedEntry;
	}
}
