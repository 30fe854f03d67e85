// @ts-check
/**
 * Expressive Code's options, here rather than in astro.config.mjs because the
 * <Code> component (used by the entry pages) can only read options that are not
 * plain JSON, like a plugin, from this file.
 */
import { defineEcConfig } from 'astro-expressive-code';

/**
 * Leaves text in the code's own colour unwrapped. Expressive Code gives every
 * token a span with its colour in each theme, the plain text in the theme's
 * foreground included, and that is most of a stack trace: those spans made an
 * eighth of an entry page's HTML. The code element already has that colour in
 * each theme (`--ec-codeFg` is the theme's foreground), so the text looks the
 * same without them.
 * @returns {import('astro-expressive-code').ExpressiveCodePlugin}
 */
function pluginPlainTextSpans() {
	return {
		name: 'error-atlas:plain-text-spans',
		hooks: {
			postprocessRenderedLine: ({ renderData, styleVariants }) => {
				const plainStyle = styleVariants.map(({ theme }, i) => `--${i}:${theme.fg}`).join(';').toLowerCase();
				renderData.lineAst = unwrapPlainSpans(renderData.lineAst, plainStyle);
			},
		},
	};
}

/**
 * @template {import('hast').Element} T
 * @param {T} element
 * @param {string} plainStyle
 * @returns {T}
 */
function unwrapPlainSpans(element, plainStyle) {
	/** @type {import('hast').ElementContent[]} */
	const children = [];
	for (const child of element.children) {
		if (child.type !== 'element') children.push(child);
		else if (isPlainSpan(child, plainStyle)) children.push(...unwrapPlainSpans(child, plainStyle).children);
		else children.push(unwrapPlainSpans(child, plainStyle));
	}
	return { ...element, children };
}

/** @param {import('hast').Element} node @param {string} plainStyle */
function isPlainSpan(node, plainStyle) {
	return node.tagName === 'span' && Object.keys(node.properties).length === 1 && String(node.properties.style).toLowerCase() === plainStyle;
}

export default defineEcConfig({
	themes: ['github-dark', 'github-light'],
	useDarkModeMediaQuery: true,
	themeCssSelector: false,
	styleOverrides: { codeFontSize: '0.85rem', borderRadius: '0.5rem' },
	defaultProps: { wrap: true },
	// Shiki's JavaScript regex engine gives the same tokens for the site's languages
	// (python, typescript, javascript, bash, json, http, text) as the WebAssembly
	// Oniguruma, and a little faster: 11.2-11.6 s against 12.0-12.5 s for the 3,970
	// snippets of a 1,000-entry benchmark.
	shiki: { engine: 'javascript' },
	plugins: [pluginPlainTextSpans()],
});
