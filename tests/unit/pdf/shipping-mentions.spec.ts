import { describe, expect, it } from 'vitest'
import type { PdfKey } from '@/pdf/types'
import { salesDocPdfModel } from '@/pdf/sales-doc-model'
import { line, makeCarrier, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'

// Issue 10 on printed documents: the Incoterm with its place and version (DOMAIN-FR §6) on orders and
// invoices, and the transport's greenhouse gas on the delivery note (C. transports L1431-3).
const settings = makeSettings()
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const products = new Map([[chair.id, chair]])
const hofmann = makeCustomer({ id: 'cus-hofmann', name: 'Hofmann GmbH' })
const carrier = makeCarrier({ id: 'T004', name: 'Fret Multimodal' })
const incoterm = { term: 'CPT' as const, place: 'München', version: '2020' as const }

describe('shipping mentions on printed documents', () => {
  it('prints the Incoterm as "CPT München, Incoterms® 2020" among an invoice\'s facts', () => {
    const invoice = makeSalesDoc({ id: 'i-1', type: 'invoice', number: 'FA-2026-00001', customerId: hofmann.id, date: '2026-03-09', lines: [line(chair, 24)], incoterm })
    const model = salesDocPdfModel(invoice, settings, hofmann, products, 'en')
    expect(model.facts).toContainEqual({ label: { key: 'shipping.pdf.incoterm' }, value: 'CPT München, Incoterms® 2020' })
  })

  it('prints the delivery note\'s own emissions (5 875 g → 5.9 kg) with its carrier', () => {
    const delivery = makeSalesDoc({ id: 'd-1', type: 'delivery', number: 'BL-2026-00001', customerId: hofmann.id, date: '2026-03-09', lines: [line(chair, 24)], carrierId: carrier.id, co2Grams: 5_875, incoterm })
    const model = salesDocPdfModel(delivery, settings, hofmann, products, 'en', { carrier })
    const co2 = model.mentions.find((m): m is PdfKey => typeof m === 'object' && m.key === 'shipping.pdf.co2')
    expect(co2?.values).toEqual({ carrier: 'Fret Multimodal', co2: '5.9 kg' })
    expect(model.mentions.some((m) => typeof m === 'object' && m.key === 'pdf.mentions.transport')).toBe(false)
  })
})
