/**
 * The sections of an entry page, in reading order, with their permanent ids
 * (a public contract: links in docs and tickets point at them) and the names
 * the page and its "On this page" list give them.
 */
export interface EntrySection {
	id: string;
	label: string;
}

/** Order for a reader in a hurry: what it is and the fix first, the evidence and the background after. */
export const ENTRY_SECTIONS = [
	{ id: 'meaning', label: 'What this error means' },
	{ id: 'fix', label: 'Quick fix' },
	{ id: 'stack-trace', label: 'Example stack trace' },
	{ id: 'why', label: 'Why it happens' },
	{ id: 'detection', label: 'Detection' },
	{ id: 'causes', label: 'Causes & fixes' },
	{ id: 'code', label: 'Code: broken vs fixed' },
	{ id: 'workaround', label: 'Workaround' },
	{ id: 'prevention', label: 'Prevention' },
	{ id: 'retry', label: 'Does retrying help?' },
	{ id: 'compatibility', label: 'Compatibility' },
	{ id: 'verified', label: 'Verification' },
	{ id: 'related', label: 'Related errors' },
	{ id: 'sources', label: 'Sources' },
	{ id: 'notes', label: 'Community Notes' },
] as const satisfies readonly EntrySection[];

export type EntrySectionId = (typeof ENTRY_SECTIONS)[number]['id'];

export function sectionLabel(id: EntrySectionId): string {
	return ENTRY_SECTIONS.find((s) => s.id === id)!.label;
}
