import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { messages } from '@/i18n/all-messages'
import {
  DOMAIN_ERROR_CODES,
  EXPLANATION_SOURCE_KEYS,
  EXPLANATION_STEP_KEYS,
  EXPLANATION_STEPS,
  latePaymentPenalty,
  priceDocument,
  VAT_CATEGORIES,
  VAT_CATEGORY_ORDER,
  type ExplanationStep,
} from '@/domain'
import { documentInput } from './arbitraries'

type Tree = { [key: string]: string | Tree }
const LOCALES = { fr: messages.fr as unknown as Tree, en: messages.en as unknown as Tree }

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
const nested = (message: string) => [...message.matchAll(/\$t\(([^)]+)\)/g)].map((m) => m[1] as string)

function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`)))
}

describe('every explanation key the domain emits exists in the fr and en calc texts with the same placeholders', () => {
  it.each(EXPLANATION_STEP_KEYS)('%s', (key) => {
    const name = key.replace('calc.step.', '') as keyof typeof EXPLANATION_STEPS
    const declared = [...EXPLANATION_STEPS[name].values].sort()
    for (const [language, tree] of Object.entries(LOCALES)) {
      const message = lookup(tree, key)
      expect(message, `${language}: ${key}`).toBeTypeOf('string')
      expect(placeholders(message as string), `${language}: ${key}`).toEqual(declared)
      for (const reference of nested(message as string)) expect(lookup(tree, reference), `${language}: ${reference}`).toBeTypeOf('string')
    }
  })

  it('every rule source exists in both languages', () => {
    for (const key of EXPLANATION_SOURCE_KEYS) {
      expect(lookup(LOCALES.fr, key), key).toBeTypeOf('string')
      expect(lookup(LOCALES.en, key), key).toBeTypeOf('string')
    }
  })

  it('every error code has a message naming {{field}} in both languages', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      for (const tree of Object.values(LOCALES)) expect(placeholders(lookup(tree, `calc.error.${code}`) ?? '')).toEqual(['field'])
    }
  })

  it('every VAT category has a label, and the French mention is the legal wording of the domain (CGI 242 nonies A)', () => {
    for (const category of VAT_CATEGORY_ORDER) {
      const { legalMention } = VAT_CATEGORIES[category]
      expect(lookup(LOCALES.fr, `calc.vatCategory.${category}.label`)).toBeTypeOf('string')
      expect(lookup(LOCALES.en, `calc.vatCategory.${category}.label`)).toBeTypeOf('string')
      expect(lookup(LOCALES.fr, `calc.vatCategory.${category}.mention`)).toBe(legalMention)
      if (legalMention) expect(lookup(LOCALES.en, `calc.vatCategory.${category}.mention`)).toBeTypeOf('string')
    }
  })

  it('the calc block has the same keys in both languages, sorted (code-unit order, like jsonc/sort-keys)', () => {
    const frCalc = LOCALES.fr.calc as Tree
    const enCalc = LOCALES.en.calc as Tree
    expect(leafPaths(enCalc)).toEqual(leafPaths(frCalc))
    const checkSorted = (tree: Tree) => {
      const keys = Object.keys(tree)
      expect(keys).toEqual([...keys].sort())
      for (const value of Object.values(tree)) if (typeof value === 'object') checkSorted(value)
    }
    checkSorted(frCalc)
    checkSorted(enCalc)
  })
})

describe('the explanation only uses declared steps with exactly their values', () => {
  function checkSteps(steps: readonly ExplanationStep[]) {
    for (const step of steps) {
      expect(EXPLANATION_STEP_KEYS).toContain(step.key)
      expect(EXPLANATION_SOURCE_KEYS).toContain(step.source)
      const name = step.key.replace('calc.step.', '') as keyof typeof EXPLANATION_STEPS
      expect(Object.keys(step.values).sort()).toEqual([...EXPLANATION_STEPS[name].values].sort())
      for (const [valueName, value] of Object.entries(step.values)) {
        if (valueName.endsWith('Cents') && valueName !== 'exactCents') expect(Number.isInteger(value), `${step.key}.${valueName}`).toBe(true)
      }
    }
  }

  it('on any valid document (property)', () => {
    fc.assert(fc.property(documentInput, (input) => checkSteps(priceDocument(input).explanation)))
  })

  it('on penalties', () => {
    checkSteps(latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2025-06-20', paymentDate: '2026-02-23' }).explanation)
  })

  it('a document of every kind emits every pricing step at least once', () => {
    const emitted = new Set<string>()
    const add = (steps: readonly ExplanationStep[]) => steps.forEach((step) => emitted.add(step.key))
    add(priceDocument({
      lines: [
        { quantity: 2, unitPriceCents: 1000, vatRatePercent: 20, discountsPercent: [10] },
        { quantity: 1, unitPriceCents: 500, vatRatePercent: 5.5 },
        { quantity: 1, unitPriceCents: 500, vatRatePercent: 0, vatCategory: 'exportExempt' },
        { quantity: 1, unitPriceCents: 500, vatRatePercent: 0, vatCategory: 'intraEuReverseCharge' },
        { quantity: 1, unitPriceCents: 500, vatRatePercent: 0, vatCategory: 'franchise' },
      ],
      discountsPercent: [5, 2],
      earlyPaymentDiscountPercent: 1,
      shippingCents: 900,
      downPaymentCents: 1000,
    }).explanation)
    add(priceDocument({ documentType: 'creditNote', lines: [], shippingCents: 100 }).explanation)
    add(latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23' }).explanation)
    expect([...emitted].sort()).toEqual([...EXPLANATION_STEP_KEYS].sort())
  })
})
