// fast-check generators of valid pricing inputs, shared by the property specs.
import fc from 'fast-check'
import type { PriceDocumentInput, PriceDocumentLine, VatCategory } from '@/domain'

const percent = fc.integer({ min: 0, max: 100_000 }).map((thousandths) => thousandths / 1000)
const smallPercent = fc.integer({ min: 0, max: 30_000 }).map((thousandths) => thousandths / 1000)

const standardLine = fc.record({
  quantity: fc.integer({ min: 0, max: 1_000_000 }).map((thousandths) => thousandths / 1000),
  unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
  vatRatePercent: fc.constantFrom(20, 10, 5.5, 2.1),
  discountsPercent: fc.option(fc.array(percent, { maxLength: 3 }), { nil: undefined }),
})

const exemptLine = fc.record({
  quantity: fc.integer({ min: 0, max: 1_000 }),
  unitPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
  vatRatePercent: fc.constant(0),
  vatCategory: fc.constantFrom<VatCategory>('exportExempt', 'intraEuReverseCharge', 'franchise'),
})

/** A valid document: mostly standard lines, sometimes an exempt one, any discounts, carriage and escompte. */
export const documentInput: fc.Arbitrary<PriceDocumentInput> = fc.record({
  lines: fc.array(fc.oneof({ weight: 5, arbitrary: standardLine }, { weight: 1, arbitrary: exemptLine }), { maxLength: 6 }) as fc.Arbitrary<PriceDocumentLine[]>,
  discountsPercent: fc.option(fc.array(smallPercent, { maxLength: 3 }), { nil: undefined }),
  earlyPaymentDiscountPercent: fc.option(fc.integer({ min: 0, max: 5_000 }).map((t) => t / 1000), { nil: undefined }),
  shippingCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  documentType: fc.option(fc.constantFrom('invoice' as const, 'creditNote' as const), { nil: undefined }),
})
