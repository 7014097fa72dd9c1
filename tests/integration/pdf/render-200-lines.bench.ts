// Measurement, not a test: `npx vitest bench --run tests/integration/pdf/render-200-lines.bench.ts`.
// Time to lay out and render a 200-line invoice (model + pdf-lib with the DejaVu subsets), fonts in memory.
import { bench, describe } from 'vitest'
import { renderSalesDocPdf, salesDocPdfModel } from '@/pdf'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'
import { testFonts, translator } from './pdf-reader'

const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, priceCents: 38_990 })
const products = new Map([[chair.id, chair], [desk.id, desk]])
const customer = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois' })
const settings = makeSettings()
const invoice = makeSalesDoc({
  id: 'i-200', type: 'invoice', number: 'FA-2026-00200', customerId: customer.id, date: '2026-03-02',
  lines: Array.from({ length: 200 }, (_, index) => line(index % 2 ? desk : chair, 1 + (index % 5), index % 7 ? {} : { discountsPercent: [5] })),
  discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500,
})
const fonts = testFonts()
const translate = await translator('fr')

describe('PDF of a 200-line invoice', () => {
  bench('salesDocPdfModel + renderSalesDocPdf', async () => {
    await renderSalesDocPdf(salesDocPdfModel(invoice, settings, customer, products, 'fr'), { translate, fonts })
  }, { iterations: 10, warmupIterations: 2 })
})
