/**
 * /og/<key>.png: the OpenGraph cards (one per provider, status, severity and exception class,
 * see src/data/og-cards.ts), rendered at build time as 16-colour palette PNGs, a quarter of the
 * full-colour size. Cards are cached by the hash of what is drawn, so a rebuild renders only
 * cards that changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { allEntries } from '../../data/entries';
import { uniqueCards } from '../../data/og-cards';
import { ogCardSvg, type OgCard } from '../../lib/og-image';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((f) => join(fontDir, f));

/** Colours of a card: its few flat colours and the anti-aliasing between them. */
const CARD_COLOURS = 16;
/**
 * libvips' quantisation effort, 1 (fastest) to 10. On these flat cards the highest effort
 * saved 0.2 KB a card (10.4 KB against 10.6 KB) and cost 30 ms more of it, a third of the card.
 */
const QUANTISATION_EFFORT = 1;
/** Part of every cache key: a change of renderer or encoding draws every card again. */
const RENDERING = `resvg ${require('@resvg/resvg-js/package.json').version} raw · palette ${CARD_COLOURS} effort ${QUANTISATION_EFFORT}`;
/** Build caches live in node_modules/.cache, or where ATLAS_CACHE_DIR says (the build benchmark measures cold builds). */
const CACHE_DIR = join(process.env.ATLAS_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/error-atlas'), 'og');

export const getStaticPaths = (async () => {
	const cards = uniqueCards(await allEntries());
	return cards.map(({ key, card }) => ({ params: { id: key }, props: { card } }));
}) satisfies GetStaticPaths;

async function renderCard(svg: string): Promise<Buffer> {
	const key = createHash('sha256').update(`${RENDERING}\n${svg}`).digest('hex').slice(0, 40);
	const cached = join(CACHE_DIR, `${key}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	// Both steps run on libuv's threads, not Astro's. resvg's pixels go to libvips unencoded: its own
	// PNG encoding was 25 of the 44 ms a card took on Astro's thread, and the card is pixel for pixel the same.
	const { pixels, width, height } = await renderAsync(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
	const png = await sharp(pixels, { raw: { width, height, channels: 4 } }).png({ palette: true, colours: CARD_COLOURS, dither: 0, compressionLevel: 9, effort: QUANTISATION_EFFORT }).toBuffer();
	mkdirSync(CACHE_DIR, { recursive: true });
	// Written whole, then renamed: a build running beside this one never reads half a card.
	writeFileSync(`${cached}.${process.pid}`, png);
	renameSync(`${cached}.${process.pid}`, cached);
	return png;
}

/** Astro renders several cards at once (`build.concurrency` in astro.config.mjs), each drawn on libuv's threads. */
export const GET: APIRoute<{ card: OgCard }> = async ({ props: { card } }) =>
	new Response(new Uint8Array(await renderCard(ogCardSvg(card))), { headers: { 'Content-Type': 'image/png' } });
