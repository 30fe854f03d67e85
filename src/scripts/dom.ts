/** An element with text (set as text, never parsed as HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== undefined) element.textContent = text;
	for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
	return element;
}

/**
 * A paragraph from the little Markdown entry prose uses inline: `code` spans and [links](url).
 * Built from text nodes and elements, never parsed as HTML; other markup stays as text.
 */
export function inlineMarkdown(markdown: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	const pattern = /`([^`]+)`|\[([^\]]+)\]\(((?:https?:\/\/|\/)[^)\s]+)\)/g;
	let last = 0;
	for (const match of markdown.matchAll(pattern)) {
		paragraph.append(markdown.slice(last, match.index));
		paragraph.append(match[1] !== undefined ? el('code', match[1]) : el('a', match[2]!, { href: match[3]! }));
		last = match.index + match[0].length;
	}
	paragraph.append(markdown.slice(last));
	return paragraph;
}
