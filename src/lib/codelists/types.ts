/*
 * Types shared by the code tables. The certainty marks follow plan-standards.md ("How to read
 * the confidence marks"): ✔ read in the cited source, ◐ partly verified, ✘ unverified.
 */

/** ✔ 'verified', ◐ 'partly-verified', ✘ 'unverified' (plan-standards.md, confidence marks). */
export type Certainty = 'verified' | 'partly-verified' | 'unverified';

/** The six hovedformål of PBL 2008 § 11-7 (nr. 1–6): the first digit of a KPA arealformål code. */
export type MainPurposeId = 1 | 2 | 3 | 4 | 5 | 6;
