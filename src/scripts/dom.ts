/** An element with text (set as text, never parsed as HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== undefined) element.textContent = text;
	for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
	return element;
}
