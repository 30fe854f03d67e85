/** A community note as the entry page shows it. */
export interface NoteView {
	id: string;
	author: string;
	date: Date;
	appliesTo: string[];
	/** Rendered Markdown, with any raw HTML already escaped. */
	html: string;
	source?: string;
}
