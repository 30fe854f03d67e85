/** Serves the built `dist/` with `astro preview` on a free local port, for scripts. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './entries';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

export interface Preview {
	url: string;
	close(): void;
}

/** Uses BASE_URL when given (a site served elsewhere); otherwise previews `dist/` here. */
export async function startPreview(): Promise<Preview> {
	if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), close() {} };
	if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
	const port = await freePort();
	const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: ROOT,
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${url}/`)).ok) return { url, close: () => child.kill() };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error('astro preview did not start');
}
