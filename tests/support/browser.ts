/**
 * Which Chromium to drive. Machines that cannot download Playwright's own
 * browser use the system one (Debian's /usr/bin/chromium, or CHROMIUM_PATH);
 * elsewhere Playwright's bundled browser is used.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

export function chromiumLaunchOptions(): LaunchOptions {
	const executablePath = chromiumExecutable();
	if (!executablePath) return {};
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	};
}
