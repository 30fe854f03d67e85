/** Text made literal inside a regular expression: every character with a meaning there is escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
