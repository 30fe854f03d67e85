/**
 * The OpenGraph cards: one per provider, status, severity and exception class, shared by the
 * entries that have them all in common. A link unfurls with the entry's own title and
 * description (og:title, og:description) above a card that says what kind of error it is; a
 * card per entry would make the build render and ship one image per page, which at 10,000
 * entries is most of the build's time and of the site's size.
 */
import type { Entry } from './entries';
import type { OgCard } from '../lib/og-image';
import { statusKey, statusText } from '../lib/format';
import { PROVIDER_STATUS_TEXT, providerById } from '../providers';
import { SITE_NAME } from '../config';

export interface OgCardView {
	/** The file name under /og/: `openai-429-critical-openai-ratelimiterror`. */
	key: string;
	card: OgCard;
}

export function ogCardOf(entry: Entry): OgCardView {
	const { provider, status, severity, exceptions } = entry.data;
	const exception = exceptions[0]?.name;
	const key = [provider, statusKey(status), severity, exception ?? 'no-class']
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const reason = status === null ? '' : statusText(status, PROVIDER_STATUS_TEXT);
	const title =
		status === null ? 'Raised in the client, before any HTTP response'
		: status < 300 ? 'The request succeeded; the problem is in what came back'
		: `${status} ${reason}`.trim();
	return { key, card: { title, exception, status, severity, provider: providerById(provider).name, siteName: SITE_NAME } };
}

export function ogCardPath(entry: Entry): string {
	return `/og/${ogCardOf(entry).key}.png`;
}

/** Every card the entries need, once each. */
export function uniqueCards(entries: readonly Entry[]): OgCardView[] {
	return [...new Map(entries.map((entry) => ogCardOf(entry)).map((view) => [view.key, view])).values()];
}
