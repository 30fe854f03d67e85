/**
 * An OpenGraph card as SVG: provider, status, severity, exception class and a
 * title line, so a pasted link unfurls as a recognisable card (the entries
 * that share these share a card: src/data/og-cards.ts). Rendered to PNG at
 * build time. Plain TypeScript.
 */
export interface OgCard {
	title: string;
	exception?: string;
	status: number | null;
	severity: string;
	provider: string;
	siteName: string;
}

const WIDTH = 1200;
const HEIGHT = 630;

const SEVERITY_COLOR: Record<string, string> = {
	low: '#7ee2a0',
	medium: '#f3c26b',
	high: '#ff9c9c',
	critical: '#ff8fb1',
};

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Greedy word wrap by character count: the card's font is known, so widths are predictable enough. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && `${line} ${word}`.length > maxChars) {
			lines.push(line);
			line = word;
			if (lines.length === maxLines) break;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (lines.length < maxLines && line) lines.push(line);
	const used = lines.join(' ').length;
	if (used < text.length && lines.length) lines[lines.length - 1] = `${lines.at(-1)!.replace(/.{0,2}$/, '')}…`;
	return lines;
}

export function ogCardSvg(card: OgCard): string {
	const status = card.status === null ? 'Client-side' : `HTTP ${card.status}`;
	const severity = `${card.severity[0]!.toUpperCase()}${card.severity.slice(1)} severity`;
	const titleLines = wrap(card.title, 28, 3);
	const color = SEVERITY_COLOR[card.severity] ?? '#444';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
	<rect width="100%" height="100%" fill="#12151a"/>
	<rect x="0" y="0" width="16" height="${HEIGHT}" fill="${color}"/>
	<text x="80" y="110" font-family="DejaVu Sans" font-size="34" fill="#a9b2bf">${escapeXml(card.siteName)} · ${escapeXml(card.provider)}</text>
	<rect x="80" y="150" rx="24" width="${status.length * 19 + 48}" height="52" fill="#18283d"/>
	<text x="104" y="187" font-family="DejaVu Sans" font-weight="bold" font-size="30" fill="#79b8ff">${escapeXml(status)}</text>
	<rect x="${80 + status.length * 19 + 68}" y="150" rx="24" width="${severity.length * 18 + 48}" height="52" fill="none" stroke="${color}" stroke-width="3"/>
	<text x="${80 + status.length * 19 + 92}" y="187" font-family="DejaVu Sans" font-weight="bold" font-size="28" fill="#e6e9ee">${escapeXml(severity)}</text>
	${card.exception ? `<text x="80" y="270" font-family="DejaVu Sans Mono" font-size="34" fill="#f3c26b">${escapeXml(card.exception)}</text>` : ''}
	${titleLines
		.map((line, i) => `<text x="80" y="${350 + i * 72}" font-family="DejaVu Sans" font-weight="bold" font-size="56" fill="#e6e9ee">${escapeXml(line)}</text>`)
		.join('\n\t')}
</svg>`;
}
