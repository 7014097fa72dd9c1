/**
 * scenarios/cp2-transporteur-co2-export.yaml played through the commands: a right attempt (CPT
 * München on the order, no carriage billed on top, the rail-road offer chosen after comparing, the
 * shipping department and the customer informed) passes every automatic check; each typical mistake
 * (air express chosen; the order recorded FCA with carriage billed; shipping not informed) misses
 * the named check(s) only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { sendMessage } from '@/commands/messages'
import { createOrder } from '@/commands/sales/orders'
import { chooseCarrier } from '@/commands/shipping'
import type { WorkspaceDb } from '@/db/workspace-db'
import { compareCarriers } from '@/domain'
import { gradePackAttempt, incomingMessage, learner, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp2-transporteur-co2-export.yaml')
const CUSTOMER = 'cli-hofmann'
const RAIL = { carrierId: 'T004', service: 'Transport combiné rail-route' }
const AIR = { carrierId: 'T003', service: 'Express aérien international' }

const TO_SHIPPING = `Bonjour,

Commande Hofmann Büroeinrichtung HB-2026-118 : 24 fauteuils (408 kg, 2 palettes), Incoterm CPT München,
Incoterms® 2020. Transporteur retenu : Fret Multimodal Rhône-Méditerranée, transport combiné rail-route,
enlèvement aujourd'hui, livraison prévue le 15 mars à Munich.

Merci de préparer l'enlèvement.`

const TO_CUSTOMER = `Dear Ms Hofmann,

Thank you for your order HB-2026-118 (CPT München, Incoterms® 2020). The 24 chairs leave Lyon today by
combined rail-road transport and will reach your Munich warehouse on 15 March.

Greenhouse-gas information (French Transport Code L1431-3): about 5.9 kg CO2e for this shipment
(0.408 t × 720 km × 20 g CO2e per tonne-km).

Kind regards,
Confluence Bureau`

interface Attempt {
  offer?: { carrierId: string; service: string }
  incoterm?: { term: 'CPT' | 'FCA'; place: string; version: '2020' }
  shippingCents?: number
  informShipping?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const order = await incomingMessage(db, 'ev-commande')
  const { orderId } = await learner(db, createOrder, {
    customerId: CUSTOMER, customerPoNumber: 'HB-2026-118', lines: [{ productId: 'art-fauteuil-resille', quantity: 24 }],
    incoterm: attempt.incoterm ?? { term: 'CPT', place: 'München, Landsberger Straße 110', version: '2020' },
    ...(attempt.shippingCents ? { shippingCents: attempt.shippingCents } : {}),
  })
  await learner(db, chooseCarrier, { orderId, ...(attempt.offer ?? RAIL), neededBy: '2026-03-20' })
  if (attempt.informShipping !== false) {
    await learner(db, sendMessage, { channel: 'email', department: 'shipping', language: 'fr', attachmentIds: [], subject: 'Enlèvement commande Hofmann HB-2026-118', body: TO_SHIPPING })
  }
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, language: 'en', inReplyTo: order.id, attachmentIds: [], subject: 'Your order HB-2026-118: delivery on 15 March', body: TO_CUSTOMER,
  })
}

// Each test starts an attempt on the whole built-in company (a few seconds on a busy machine).
describe('scenario pack: cp2-transporteur-co2-export', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    // The comparison the learner sees: 408 kg Lyon → Munich (720 km) on 9 March, needed by 20 March.
    const comparison = compareCarriers(await db.tiers.where('kind').equals('carrier').toArray(), {
      weightGrams: 408_000, destination: { country: 'DE', postalCode: '80339' }, date: '2026-03-09', neededBy: '2026-03-20',
    })
    expect(comparison.recommended).toMatchObject({ ...RAIL, costCents: 36_000, deliveryDate: '2026-03-15', co2Grams: 5_875 })
    expect(comparison.offers.find((o) => o.service === 'Palette 24/48 h')).toMatchObject({ costCents: 34_000, co2Grams: 23_501 })
    expect(comparison.offers.find((o) => o.service === AIR.service)).toMatchObject({ costCents: 120_000, co2Grams: 205_632 })
    await play(db)
    const order = (await db.salesDocs.where('customerId').equals(CUSTOMER).toArray()).find((d) => d.type === 'order')!
    expect(order).toMatchObject({ incoterm: { term: 'CPT', version: '2020' }, carrierId: 'T004', co2Grams: 5_875, carrierChoice: { weightGrams: 408_000 } })
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.every((c) => c.status === 'evidenced')).toBe(true)
  })

  it('air express chosen: transporteur-bas-carbone misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { offer: AIR })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'transporteur-bas-carbone')
  })

  it('the order recorded FCA Lyon with the carriage billed: commande-incoterm and port-selon-incoterm miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { incoterm: { term: 'FCA', place: 'Lyon, entrepôt vendeur', version: '2020' }, shippingCents: 36_000 })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'commande-incoterm', 'port-selon-incoterm')
  })

  it('the shipping department not informed: expedition-informee misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { informShipping: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'expedition-informee')
  })
})
