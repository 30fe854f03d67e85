// @ts-check
/**
 * A worker thread of the code highlighter (src/integrations/code-highlighter.ts): an
 * Expressive Code renderer made the way the `<Code>` component makes its own
 * (astro-expressive-code/components/renderer.ts), from the same options, which renders one
 * block at a time the way `<Code>` does (components/Code.astro), so a block is the same
 * HTML, byte for byte, whichever renders it. Plain JavaScript: Node loads it as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAstroRenderer, mergeEcConfigOptions } from 'astro-expressive-code';
import { addClassName, toHtml } from 'astro-expressive-code/hast';

/** @type {import('./highlighter-pool').HighlighterSetup} */
const { astroConfig, ecIntegrationOptions } = workerData;
// The options `<Code>` reads from ec.config.mjs, some of them functions (plugins): only this
// file can be imported here, not what it exports, so the worker imports it itself.
const { default: ecConfigFileOptions } = await import(new URL('./ec.config.mjs', astroConfig.root).href);
const ecConfig = mergeEcConfigOptions(/** @type {any} */ (ecIntegrationOptions), ecConfigFileOptions);
const renderer = await createAstroRenderer({ astroConfig: /** @type {any} */ (astroConfig), ecConfig });
const tabWidth = ecConfig.tabWidth ?? 2;

/** @param {import('./highlighter-pool').CodeBlockRequest} block */
async function render({ code, lang = '', meta = '', locale, className, url, groupIndex, props }) {
	if (tabWidth > 0) code = code.replace(/\t/g, ' '.repeat(tabWidth));
	/** @type {import('astro-expressive-code').ExpressiveCodeBlockOptions} */
	const input = { code, language: lang, meta, locale, parentDocument: { sourceFilePath: url, positionInDocument: { groupIndex } }, props };
	if (!locale && ecConfig.getBlockLocale) {
		input.locale = await ecConfig.getBlockLocale({ input, file: { url: new URL(url), path: '', cwd: '/', data: {} } });
	}
	const { renderedGroupAst, styles } = await renderer.ec.render(input);
	if (className) for (const name of className.split(' ')) addClassName(renderedGroupAst, name);
	if (styles.size) {
		const first = renderedGroupAst.children[0];
		const firstIsStyle = first?.type === 'element' && ['style', 'link'].includes(first.tagName);
		renderedGroupAst.children.splice(firstIsStyle ? 1 : 0, 0, { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: [...styles].join('') }] });
	}
	return toHtml(renderedGroupAst);
}

parentPort?.on('message', async (/** @type {{ id: number, block: import('./highlighter-pool').CodeBlockRequest }} */ { id, block }) => {
	try {
		parentPort?.postMessage({ id, html: await render(block) });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
