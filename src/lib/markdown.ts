/**
 * Renders Markdown that is not MDX: the short fields of an entry (quick fix,
 * causes, ...) and community notes. Raw HTML is shown as text and links may
 * only point to http(s), mail or site paths, so no Markdown can inject markup
 * or script.
 */
import { Marked, type Tokens } from 'marked';

export const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Only these link targets survive: everything else (javascript:, data:, ...) becomes plain text. */
export function isSafeHref(href: string): boolean {
	return /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim());
}

const marked = new Marked({
	gfm: true,
	renderer: {
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, title, tokens }: Tokens.Link) {
			const text = this.parser.parseInline(tokens);
			if (!isSafeHref(href)) return text;
			const external = /^https?:/i.test(href) ? ' rel="external noopener"' : '';
			return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external}>${text}</a>`;
		},
		image({ href, text }: Tokens.Image) {
			// Notes and entry fields carry no images: show the alt text and the address.
			return escapeHtml(text || href);
		},
	},
});

export function renderMarkdown(markdown: string): string {
	return marked.parse(markdown, { async: false });
}

/** Inline only: no wrapping paragraph, for one-line fields. */
export function renderInlineMarkdown(markdown: string): string {
	return marked.parseInline(markdown, { async: false });
}
