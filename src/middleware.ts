import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './integrations/page-sink';

/**
 * During `astro build`, hands each rendered HTML page to the search indexer
 * (src/integrations/pagefind.ts) as it is made, so Pagefind indexes on the
 * second core while Astro renders the next page, instead of re-reading all
 * of `dist/` once rendering is over.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const sink = pageSink();
	if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	await sink.add(context.url.pathname, html, context.locals.indexedEntry);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
