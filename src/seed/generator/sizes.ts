/**
 * Company sizes a workspace can be seeded with, in invoice lines over three years. `standard` is the
 * built-in company every learner gets (seeds in well under a second in the browser); `large` is for
 * benchmarks and statistics on volume.
 */
export const COMPANY_SIZES = {
  standard: 10_000,
  large: 100_000,
} as const

export type CompanySize = keyof typeof COMPANY_SIZES

export function isCompanySize(value: unknown): value is CompanySize {
  return typeof value === 'string' && value in COMPANY_SIZES
}

/** The seed of the built-in company: every learner's free-practice workspace holds the same history. */
export const BUILT_IN_SEED = 'comptoir-2026'
