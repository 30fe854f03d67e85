import { parse } from 'yaml';

/** Splits an MDX/Markdown source into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!match) return { data: undefined, body: source };
	return { data: parse(match[1]!), body: match[2]! };
}
