/** The bank page's texts built from domain values: problems of a file and the reasons of a suggestion. */
import type { TFunction } from 'i18next'
import type { BankImportProblem, MatchReason } from '@/domain'

/** A problem of a statement file, naming its row and column. */
export function problemText(t: TFunction, problem: BankImportProblem): string {
  return t(`bank.problems.${problem.code}`, { ...problem.values, row: problem.row, column: problem.column })
}

/** Why a suggestion was made, in words. */
export function reasonText(t: TFunction, money: (cents: number) => string, reason: MatchReason): string {
  if (reason.code === 'amountDiffers') return t('bank.reasons.amountDiffers', { remaining: money(reason.values.remainingCents) })
  return t(`bank.reasons.${reason.code}`, reason.values)
}
