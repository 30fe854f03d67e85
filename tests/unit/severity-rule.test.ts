/**
 * Severity badges follow one written rule (src/lib/severity-rule.ts, shown on /severity/):
 * the badge is what the rule gives the entry's impact, and the impact agrees with the
 * entry's other facts.
 */
import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { IMPACTS, impactContradiction, severityFor, SEVERITY_RULE } from '../../src/lib/severity-rule';
import { SEVERITIES } from '../../src/lib/vocabulary';

const { entries } = readAllEntries();

describe('the severity rule', () => {
	it.each(entries.map((e) => [e.id, e] as const))('%s has the badge the rule gives its impact', (_id, entry) => {
		expect(entry.data.severity).toBe(severityFor(entry.data.impact));
		expect(impactContradiction(entry.data)).toBeUndefined();
	});

	it('gives every level to some impact, and every impact a written meaning', () => {
		expect(new Set(IMPACTS.map(severityFor))).toEqual(new Set(SEVERITIES));
		for (const impact of IMPACTS) expect(SEVERITY_RULE[impact].means.length).toBeGreaterThan(60);
	});

	it('tells entries apart: every level is used and none covers half the entries', () => {
		for (const severity of SEVERITIES) {
			const share = entries.filter((e) => e.data.severity === severity).length / entries.length;
			expect(share, severity).toBeGreaterThan(0);
			expect(share, severity).toBeLessThan(0.5);
		}
	});

	it('catches facts that contradict an impact', () => {
		expect(impactContradiction({ impact: 'transient', retry: 'no', status: 429, scope: 'message' })).toMatch(/retry must be yes or backoff/);
		expect(impactContradiction({ impact: 'request-fails', retry: 'backoff', status: 400, scope: 'message' })).toMatch(/transient/);
		expect(impactContradiction({ impact: 'output-incomplete', retry: 'no', status: 400, scope: 'message' })).toMatch(/200 or no status/);
		expect(impactContradiction({ impact: 'varies', retry: 'no', status: null, scope: 'message' })).toMatch(/class entry/);
	});
});
