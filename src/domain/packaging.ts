/**
 * Packaging of a shipment with the loi AGEC in mind (loi n° 2020-105; décret 3R n° 2021-517;
 * C. env. L541-1 reuse targets; DOMAIN-FR §7): reusable crates and pallets first, boxes sized to the
 * goods, paper fillers rather than plastic, no over-packaging. No text fixes a tare ratio: the
 * thresholds below are the course's conventions for warning about over-packaging.
 */
import { DomainInputError } from './errors'
import type { PackagingKind, PackagingRecord } from './model'

/** The packaging choices, AGEC-minded first (reusable, then sized to the goods). */
export const PACKAGING_KINDS: readonly PackagingKind[] = ['reusableCrate', 'reusablePallet', 'sizedBox', 'standardBox', 'none']

/** Reusable packaging counts towards the national reuse target (C. env. L541-1; décret 2022-507: 5 % in 2023, 10 % in 2027). */
export function isReusablePackaging(kind: PackagingKind): boolean {
  return kind === 'reusableCrate' || kind === 'reusablePallet'
}

/**
 * Course conventions: single-use packaging heavier than 15 % of the goods, or a standard box more
 * than 1.5 times the goods' volume, is over-packaging. Reusable packaging is not weighed against the
 * goods (it comes back).
 */
export const OVERPACKAGING_LIMITS = { singleUseTarePercent: 15, voidRatio: 1.5 } as const

/** What the learner chose for a shipment. */
export interface PackagingChoice {
  kind: PackagingKind
  packages: number
  /** Total packaging weight, grams. */
  grams: number
  filler: PackagingRecord['filler']
  /** The goods' weight, grams. */
  goodsGrams: number
  /** Optional volumes, litres: the boxes' and the goods'. */
  packageLitres?: number
  goodsLitres?: number
}

/** An AGEC warning on a packaging choice (i18n key suffix). */
export type PackagingWarning = 'excessiveTare' | 'excessiveVoid' | 'plasticFiller' | 'standardBoxNotSized'

/**
 * The over-packaging warnings of a choice (DOMAIN-FR §7: "no over-packaging, boxes sized to the
 * goods, paper fillers, reusable crates and pallets"): a single-use tare above 15 % of the goods'
 * weight, a box more than 1.5 times the goods' volume, plastic fillers (single-use plastic to cut
 * by 20 % by end 2025, décret 3R), a standard box where a sized one would do.
 * @throws DomainInputError on a negative or non-integer figure, or no package for a packed shipment.
 */
export function packagingWarnings(choice: PackagingChoice): PackagingWarning[] {
  for (const field of ['packages', 'grams', 'goodsGrams'] as const) {
    const value = choice[field]
    if (!Number.isInteger(value)) throw new DomainInputError(field, 'notInteger', value)
    if (value < 0) throw new DomainInputError(field, 'negative', value)
  }
  if (choice.kind !== 'none' && choice.packages === 0) throw new DomainInputError('packages', 'outOfRange', 0)
  const warnings: PackagingWarning[] = []
  if (choice.kind === 'none') return choice.filler === 'plastic' ? ['plasticFiller'] : []
  if (!isReusablePackaging(choice.kind) && choice.grams * 100 > choice.goodsGrams * OVERPACKAGING_LIMITS.singleUseTarePercent) warnings.push('excessiveTare')
  if (choice.packageLitres !== undefined && choice.goodsLitres !== undefined && choice.goodsLitres > 0
    && choice.packageLitres > choice.goodsLitres * OVERPACKAGING_LIMITS.voidRatio) warnings.push('excessiveVoid')
  if (choice.filler === 'plastic') warnings.push('plasticFiller')
  if (choice.kind === 'standardBox') warnings.push('standardBoxNotSized')
  return warnings
}

/** The record kept on the delivery note: the choice and its warnings. */
export function packagingRecord(choice: PackagingChoice): PackagingRecord {
  return { kind: choice.kind, packages: choice.packages, grams: choice.grams, filler: choice.filler, warnings: packagingWarnings(choice) }
}
