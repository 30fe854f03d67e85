/**
 * Serves the built site for the end-to-end tests: tsx scripts/serve-dist.ts [PORT] [DIR]
 */
import { join } from 'node:path';
import { ROOT } from './lib/entries';
import { serveStatic } from './lib/static-server';

const port = Number(process.argv[2] ?? 4322);
const dir = process.argv[3] ?? join(ROOT, 'dist');
const server = await serveStatic(dir, port);
console.log(`Serving ${dir} at ${server.url}`);
