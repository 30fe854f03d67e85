/** Serves a built site on a free local port, for scripts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';
import { serveStatic } from './static-server';

export interface Preview {
	url: string;
	close(): void;
}

/** Uses BASE_URL when given (a site served elsewhere); otherwise serves DIST_DIR or `dist/` here. */
export async function startPreview(): Promise<Preview> {
	if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), close() {} };
	const dir = process.env.DIST_DIR ?? join(ROOT, 'dist');
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
	const server = await serveStatic(dir);
	return { url: server.url, close: () => void server.close() };
}
