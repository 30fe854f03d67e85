/**
 * Entries whose examples cannot be proven against a mock of the HTTP API, and why.
 * In the spirit of rustc's tidy: every entry has a proven example or a line here,
 * and this list only shrinks (MAX_PROOF_EXEMPTIONS can only go down).
 */
export const PROOF_EXEMPTIONS: Record<string, string> = {};

/** Lower this when an exemption is removed; a new exemption needs a reviewer to raise it. */
export const MAX_PROOF_EXEMPTIONS = 0;
