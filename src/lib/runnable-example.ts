/**
 * The example `npm run prove` runs and the page stamps as run: the TypeScript one, else a
 * JavaScript one (openai v3's). Pure TypeScript, shared by the proof script and the pages.
 */
export function runnableExample<T extends { lang: string }>(examples: readonly T[]): T | undefined {
	return examples.find((ex) => ex.lang === 'typescript') ?? examples.find((ex) => ex.lang === 'javascript');
}
