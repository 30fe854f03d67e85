// @ts-check
/**
 * Expressive Code's options, here rather than in astro.config.mjs because the
 * <Code> component (used by the entry pages) can only read options that are not
 * plain JSON, like a plugin, from this file.
 */
import { defineEcConfig } from 'astro-expressive-code';

/**
 * The token colours of the site's themes, [dark, light], as Expressive Code
 * gives them (`--0` and `--1`): keywords, strings, parameters, constants,
 * functions, comments. Almost every coloured token of the site is one of
 * these; a colour not listed keeps its inline style and looks the same.
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
 * Lighter token markup, the same look. Expressive Code gives every token a span
 * with its colour in each theme as an inline style, the plain text in the
 * theme's foreground included, which is most of a stack trace: those spans were
 * an eighth of an entry page's HTML. Plain text is left unwrapped (the code
 * element already has that colour in each theme: `--ec-codeFg` is the theme's
 * foreground), and a listed colour becomes a class (`ec-t0`...), a third of the
 * style it replaces. The first theme is the default and the second applies in
 * light mode, as `useDarkModeMediaQuery` below has Expressive Code do for its own styles.
 * @returns {import('astro-expressive-code').ExpressiveCodePlugin}
 */
function pluginCompactTokens() {
	const classOf = new Map(TOKEN_COLOURS.map(([dark, light], i) => [`--0:${dark};--1:${light}`, `ec-t${i}`]));
	return {
		name: 'error-atlas:compact-tokens',
		baseStyles: [
			...TOKEN_COLOURS.map(([dark], i) => `.ec-line .ec-t${i} { color: ${dark}; }`),
			`@media (prefers-color-scheme: light) { ${TOKEN_COLOURS.map(([, light], i) => `.ec-line .ec-t${i} { color: ${light}; }`).join(' ')} }`,
		].join('\n'),
		hooks: {
			postprocessRenderedLine: ({ renderData, styleVariants }) => {
				const plainStyle = styleVariants.map(({ theme }, i) => `--${i}:${theme.fg}`).join(';').toLowerCase();
				renderData.lineAst = compactTokens(renderData.lineAst, plainStyle, classOf);
			},
		},
	};
}

/**
 * @template {import('hast').Element} T
 * @param {T} element
 * @param {string} plainStyle
 * @param {Map<string, string>} classOf
 * @returns {T}
 */
function compactTokens(element, plainStyle, classOf) {
	/** @type {import('hast').ElementContent[]} */
	const children = [];
	for (const child of element.children) {
		if (child.type !== 'element') {
			children.push(child);
			continue;
		}
		const compact = compactTokens(child, plainStyle, classOf);
		// Only a span whose one property is its colours: anything else it carries stays as it is.
		const colours = child.tagName === 'span' && Object.keys(child.properties).length === 1 ? String(child.properties.style).toLowerCase() : undefined;
		const name = colours && classOf.get(colours);
		if (colours === plainStyle) children.push(...compact.children);
		else if (name) children.push({ ...compact, properties: { className: [name] } });
		else children.push(compact);
	}
	return { ...element, children };
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
	plugins: [pluginCompactTokens()],
});
