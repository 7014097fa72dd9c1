/**
 * The sales test workspace plus two suppliers of the chair: a French one (sup-1, its catalogue
 * supplier: 85,00 €, minimum 10, 12 days) and an English-speaking one (sup-en).
 */
import { makeSupplier } from '../../../factories/company-records'
import { salesWorkspace } from '../sales/sales-workspace'

export const frenchSupplier = makeSupplier({ id: 'sup-1', name: 'Sièges du Jura', contacts: [{ id: 'sup-1-c1', civility: 'M.', firstName: 'Paul', lastName: 'Durand', role: 'Commercial', email: 'paul.durand@sieges-jura.example', language: 'fr' }] })
export const englishSupplier = makeSupplier({
  id: 'sup-en', name: 'Brightline Seating Ltd', language: 'en', siren: undefined, vatNumber: 'GB284716539',
  contacts: [{ id: 'sup-en-c1', civility: 'Mme', firstName: 'Emma', lastName: 'Clarke', role: 'Sales', email: 'emma.clarke@brightline.example', language: 'en' }],
})

export async function purchasingWorkspace(date = '2026-03-02') {
  const ws = await salesWorkspace(undefined, date)
  await ws.db.tiers.bulkAdd([frenchSupplier, englishSupplier])
  await ws.db.products.update('p-chair', {
    suppliers: [
      { supplierId: 'sup-1', purchasePriceCents: 8_500, minimumQuantity: 10, leadTimeDays: 12 },
      { supplierId: 'sup-en', purchasePriceCents: 8_000, minimumQuantity: 50, leadTimeDays: 20 },
    ],
  })
  return ws
}
