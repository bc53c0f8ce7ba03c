/**
 * Nouns for works whose title follows them in quotation marks ("her book “A Paradise Built in
 * Hell”", "the paper “Deterministic Nonperiodic Flow”"): a capitalised quotation right after one
 * is a title, not anyone's words (quotes/scare.ts). Kept as data so that editors can extend it.
 */
import { words } from './words.ts';

export const WORK_NOUNS: readonly string[] = words(
  'book books novel memoir biography film movie documentary song album single play musical '
  + 'opera poem essay article paper column series show episode podcast painting exhibition',
);
