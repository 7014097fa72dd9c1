/**
 * Public API of Comptoir's domain core: pure TypeScript trade rules (no Vue, Pinia, Dexie, i18next,
 * DOM or wall clock). Everything the UI, the commands, the scenario checks and the grader compute goes
 * through these exports.
 * @packageDocumentation
 */
export {}
