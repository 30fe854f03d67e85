import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

const PORT = Number(process.env.PREVIEW_PORT ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list'], ['./tests/support/summary-reporter.ts']] : [['list'], ['./tests/support/summary-reporter.ts']],
	retries: 0,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Desktop Chrome'],
		launchOptions: chromiumLaunchOptions(),
	},
	webServer: {
		command: `npx tsx scripts/serve-dist.ts ${PORT} ${process.env.DIST_DIR ?? 'dist'}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
