import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

type Response = { errors: string[] };

function assertNoErrors(step: string, response: Response | undefined) {
	if (!response) throw new Error(`Pagefind ${step} returned nothing`);
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/** Indexes the built site with Pagefind's Node API once Astro has written `dist/`. */
export function pagefind(): AstroIntegration {
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefindApi.createIndex({});
				assertNoErrors('createIndex', { errors });
				if (!index) throw new Error('Pagefind could not create an index');
				try {
					const added = await index.addDirectory({ path: outDir });
					assertNoErrors('addDirectory', added);
					assertNoErrors('writeFiles', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
					logger.info(`Pagefind indexed ${added.page_count} pages`);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
