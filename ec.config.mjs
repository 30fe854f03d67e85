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

/**
 * The token colours of the site's themes, [dark, light], as Expressive Code
 * gives them (`--0` and `--1`): keywords, strings, parameters, constants,
 * functions, comments. Almost every coloured token of the site is one of
 * these, and a class is a third of the inline style it replaces; a colour not
 * listed keeps its inline style and looks the same.
 */
const TOKEN_COLOURS = [
	['#f97583', '#bf3441'],
	['#9ecbff', '#032f62'],
	['#ffab70', '#ae4b07'],
	['#79b8ff', '#005cc5'],
	['#b392f0', '#6f42c1'],
	['#99a0a6', '#616972'],
];

/**
 * Token colours as classes (`ec-t0`...) where the colours are listed above.
 * The first theme is the default and the second applies in light mode, as
 * `useDarkModeMediaQuery` below has Expressive Code do for its own styles.
 * @returns {import('astro-expressive-code').ExpressiveCodePlugin}
 */
function pluginTokenClasses() {
	const classOf = new Map(TOKEN_COLOURS.map(([dark, light], i) => [`--0:${dark};--1:${light}`, `ec-t${i}`]));
	return {
		name: 'error-atlas:token-classes',
		baseStyles: [
			...TOKEN_COLOURS.map(([dark], i) => `.ec-line .ec-t${i} { color: ${dark}; }`),
			`@media (prefers-color-scheme: light) { ${TOKEN_COLOURS.map(([, light], i) => `.ec-line .ec-t${i} { color: ${light}; }`).join(' ')} }`,
		].join('\n'),
		hooks: {
			postprocessRenderedLine: ({ renderData }) => {
				for (const span of spansOf(renderData.lineAst)) {
					const name = classOf.get(String(span.properties.style).toLowerCase());
					if (name && Object.keys(span.properties).length === 1) span.properties = { className: [name] };
				}
			},
		},
	};
}

/** @param {import('hast').Element} element @returns {Generator<import('hast').Element>} */
function* spansOf(element) {
	for (const child of element.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'span') yield child;
		yield* spansOf(child);
	}
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
	plugins: [pluginPlainTextSpans(), pluginTokenClasses()],
});
