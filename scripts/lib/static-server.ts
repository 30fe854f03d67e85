/**
 * A minimal static file server for the built site, for tests and benchmarks:
 * serves a folder on 127.0.0.1 the way a static host does (index.html for
 * folders, a redirect to add the trailing slash, 404.html with status 404,
 * and GitHub Pages' caching: ten minutes' max-age).
 * Astro's own preview allows one server per project; this one has no such limit.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			response.writeHead(400).end();
			return;
		}
		const file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				response.writeHead(301, { Location: `${path}/` }).end();
				return;
			}
			if (existsSync(join(file, 'index.html'))) return send(join(file, 'index.html'), 200);
		} else if (existsSync(file)) {
			return send(file, 200);
		}
		const notFound = join(root, '404.html');
		if (existsSync(notFound)) return send(notFound, 404);
		response.writeHead(404).end('Not found');

		function send(target: string, status: number) {
			response.writeHead(status, {
				'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
				'Cache-Control': 'max-age=600',
				'Last-Modified': statSync(target).mtime.toUTCString(),
			});
			createReadStream(target).pipe(response);
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
