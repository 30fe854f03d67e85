/** /og/<id>.png: the OpenGraph card of each entry, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { allEntries, type Entry } from '../../data/entries';
import { providerById } from '../../providers';
import { SITE_NAME } from '../../config';
import { ogCardSvg } from '../../lib/og-image';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((f) => join(fontDir, f));

export const getStaticPaths = (async () =>
	(await allEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry }> = ({ props: { entry } }) => {
	const svg = ogCardSvg({
		title: entry.data.title,
		exception: entry.data.exceptions[0]?.name,
		status: entry.data.status,
		severity: entry.data.severity,
		provider: providerById(entry.data.provider).name,
		siteName: SITE_NAME,
	});
	const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
