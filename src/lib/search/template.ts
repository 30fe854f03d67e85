/**
 * Matching a message against an entry's message templates, whose variable
 * parts are `{placeholders}`. Plain TypeScript.
 */

import { escapeRegExp } from '../escape-regexp';

const PLACEHOLDER = /\{[a-z_][a-z0-9_]*\}/g;

const compiled = new Map<string, RegExp>();

/**
 * The template as a regular expression: placeholders match anything short,
 * spacing is loose, and the space beside a placeholder may go with it (a
 * leading `{status}` is split off as the status: "405 status code (no body)").
 * A final full stop is optional: messages are quoted and cut with or without it.
 */
export function templateRegExp(template: string): RegExp {
	let regex = compiled.get(template);
	if (!regex) {
		const source = template
			.trim()
			.replace(/\.$/, '')
			.split(PLACEHOLDER)
			.map((literal) => escapeRegExp(literal.trim()).replace(/\s+/g, '\\s+'))
			.join('\\s*[\\s\\S]{0,300}?\\s*');
		regex = new RegExp(`${source}${template.trim().endsWith('.') ? '\\.?' : ''}`, 'i');
		compiled.set(template, regex);
	}
	return regex;
}

/** The template's fixed start: its text before the first placeholder (all of it when there is none). */
export function templateHead(template: string): string {
	return template.split(PLACEHOLDER)[0]!;
}

/** True when the whole template occurs in the message, placeholders filled by anything. */
export function matchesTemplate(template: string, message: string): boolean {
	return templateRegExp(template).test(message);
}

/** Lowercased words of at least two letters; placeholders, numbers and ids left out. */
export function words(text: string): string[] {
	return (text.replace(PLACEHOLDER, ' ').toLowerCase().match(/[a-z][a-z_']*[a-z]|[a-z]{2,}/g) ?? []).filter(
		(w) => w.length >= 2,
	);
}

/** The template's literal words, the evidence a message can agree with. */
export function literalWords(template: string): string[] {
	return words(template);
}

/**
 * How much of the template the message shows, 0..1: the share of the template's
 * literal words found, in order, in the message. A cut-off paste matches the part it kept.
 */
export function templateCoverage(template: string, message: string): number {
	const expected = literalWords(template);
	if (expected.length === 0) return 0;
	const seen = words(message);
	let found = 0;
	let cursor = 0;
	for (const word of expected) {
		const at = seen.indexOf(word, cursor);
		if (at >= 0) {
			found++;
			cursor = at + 1;
		}
	}
	return found / expected.length;
}

/** Share of the message's words that the template explains, 0..1. */
export function messageCoverage(template: string, message: string): number {
	const seen = words(message);
	if (seen.length === 0) return 0;
	const expected = new Set(literalWords(template));
	return seen.filter((w) => expected.has(w)).length / seen.length;
}

/**
 * How much a template says: a long, specific template is stronger evidence
 * than "Connection error.". Grows with the number of literal words, capped.
 */
export function informativeness(template: string): number {
	return Math.min(1, 0.35 + 0.05 * literalWords(template).length);
}
