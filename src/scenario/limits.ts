/**
 * Size limits of a scenario file. A scenario comes from a trainer's file or a URL: whatever it holds,
 * loading it must stay fast and bounded, so every string, list and nesting level has a ceiling.
 */
export const SCENARIO_LIMITS = {
  /** Whole file, in bytes (UTF-8). */
  fileBytes: 256 * 1024,
  /** Nesting of YAML/JSON collections. */
  depth: 24,
  /** YAML nodes (scalars, maps, sequences) in the whole file. */
  nodes: 40_000,
  /** Alias expansions `yaml` allows before refusing (billion-laughs protection). */
  aliases: 50,
  /** Identifiers (scenario, check, task, record ids). */
  idLength: 64,
  /** Titles, subjects, labels, short values. */
  shortText: 200,
  /** Feedback, rubric guidance, notes. */
  mediumText: 2_000,
  /** Briefs, task instructions and message bodies (Markdown or plain text). */
  longText: 10_000,
  checks: 100,
  /** Sub-conditions of an all / any composite. */
  children: 20,
  /** all / any / not levels inside one check. */
  conditionDepth: 4,
  /** `some` / `every` levels inside one property matcher. */
  matcherDepth: 3,
  /** Properties matched on one record. */
  matchers: 20,
  /** Terms of a computed sum / difference, and its nesting. */
  expressionTerms: 20,
  expressionDepth: 3,
  timeline: 100,
  tasks: 50,
  rubric: 50,
  criteriaPerItem: 10,
  facts: 20,
  alternatives: 10,
  options: 20,
  records: 200,
  lines: 100,
  /** Furthest day offset of an event or a window, from the start date. */
  maxDays: 730,
} as const
