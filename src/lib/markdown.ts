/**
 * Renders the short Markdown fields of an entry (quick fix, causes, ...).
 * Entries are reviewed content, so their Markdown may hold links and code spans;
 * raw HTML is escaped all the same, so a stray `<` can never become markup.
 */
import { Marked } from 'marked';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
	gfm: true,
	renderer: {
		html: ({ text }) => escapeHtml(text),
	},
});

export function renderMarkdown(markdown: string): string {
	return marked.parse(markdown, { async: false });
}

/** Inline only: no wrapping paragraph, for one-line fields. */
export function renderInlineMarkdown(markdown: string): string {
	return marked.parseInline(markdown, { async: false });
}

export { escapeHtml };
