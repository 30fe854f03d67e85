// The virtual modules of Expressive Code's Astro integration (src/components/CodeBlock.astro reads its config).
/// <reference path="../node_modules/astro-expressive-code/virtual.d.ts" />

declare namespace App {
	interface Locals {
		/** Set by an entry page as it renders: the entry as the search index files it (src/middleware.ts). */
		indexedEntry?: import('./lib/search/indexed-entry').IndexedEntry;
	}
}
