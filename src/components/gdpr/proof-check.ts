import type { TFunction } from 'i18next'
import type { Proof } from './GdprProofFields.vue'

type Translate = TFunction

/** The problems of a proof before it is sent: a date on or before the simulated date, a source. */
export function proofErrors(t: Translate, proof: Proof, today: string | null): Partial<Record<keyof Proof, string>> {
  const errors: Partial<Record<keyof Proof, string>> = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(proof.date)) errors.date = t('gdpr.proof.errors.dateMissing')
  else if (today && proof.date > today) errors.date = t('gdpr.proof.errors.dateFuture')
  if (!proof.source.trim()) errors.source = t('gdpr.proof.errors.sourceMissing')
  return errors
}
