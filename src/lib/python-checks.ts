/**
 * What the Python examples of an entry are checked against: Python SDKs cannot be installed
 * here, so each snippet is parsed and the names it takes from an SDK are looked up in that
 * SDK's public names at one release. The checker (`scripts/lib/code-check.ts`) and the page's
 * stamp both read these decisions from here. Pure TypeScript.
 */

export interface PythonSdkInfo {
	id: string;
	runtime: 'python' | 'node';
	package: string;
	legacy?: boolean;
	modules: readonly string[];
	namesCheckedAt?: string;
}

export interface ExceptionRef {
	name: string;
	origin: string;
}

/** Errors about a name that does not exist: their broken examples use such a name on purpose. */
export const MISSING_NAME_ERRORS = /^(?:AttributeError|ImportError|ModuleNotFoundError|NameError|openai\.lib\._old_api\.APIRemovedInV1|APIRemovedInV1)$/;

/** The broken snippet is legacy code when every Python SDK the entry's exceptions come from is a legacy generation. */
export function brokenIsLegacy(exceptions: readonly ExceptionRef[], sdkById: (id: string) => PythonSdkInfo | undefined): boolean {
	const pythonSdks = exceptions.map((x) => sdkById(x.origin)).filter((sdk) => sdk?.runtime === 'python');
	return pythonSdks.length > 0 && pythonSdks.every((sdk) => sdk!.legacy);
}

export function aboutMissingNames(exceptions: readonly ExceptionRef[]): boolean {
	return exceptions.some((x) => MISSING_NAME_ERRORS.test(x.name));
}

/** Top-level modules a snippet imports: `openai`, `anthropic`, `google.genai`, `google.generativeai`. */
export function importedModules(code: string): string[] {
	const found = new Set<string>();
	for (const m of code.matchAll(/^\s*(?:from\s+([\w.]+)\s+import\s+([\w, ]+)|import\s+([\w.]+))/gm)) {
		if (m[3]) found.add(m[3]);
		else if (m[1] === 'google') for (const name of m[2]!.split(',')) found.add(`google.${name.trim()}`);
		else found.add(m[1]!);
	}
	return [...found];
}

export interface PythonStamp {
	/** Package and release per snippet, e.g. broken: openai 0.28.1, fixed: openai 3.3.1. */
	broken: { package: string; release: string }[];
	fixed: { package: string; release: string }[];
	/** The broken snippet is only parsed: it uses a missing name on purpose. */
	brokenParsedOnly: boolean;
}

/**
 * The releases an entry's Python example is checked against, from the SDKs its snippets import
 * (legacy generations only for a broken snippet of a legacy-only entry).
 */
export function pythonStamp(
	example: { broken: string; fixed: string },
	exceptions: readonly ExceptionRef[],
	sdks: readonly PythonSdkInfo[],
	sdkById: (id: string) => PythonSdkInfo | undefined,
): PythonStamp {
	const legacy = brokenIsLegacy(exceptions, sdkById);
	const checkedSdks = sdks.filter((sdk) => sdk.runtime === 'python' && sdk.namesCheckedAt);
	const against = (code: string, useLegacy: boolean) => {
		const imported = importedModules(code);
		const matches = checkedSdks.filter((sdk) => Boolean(sdk.legacy) === useLegacy || !checkedSdks.some((other) => other !== sdk && other.package === sdk.package));
		return [
			...new Map(
				matches
					.filter((sdk) => imported.some((module) => sdk.modules.some((own) => own === module || own.startsWith(`${module}.`) || module.startsWith(`${own}.`))))
					.map((sdk) => [`${sdk.package} ${sdk.namesCheckedAt}`, { package: sdk.package, release: sdk.namesCheckedAt! }]),
			).values(),
		];
	};
	return { broken: against(example.broken, legacy), fixed: against(example.fixed, false), brokenParsedOnly: aboutMissingNames(exceptions) };
}
