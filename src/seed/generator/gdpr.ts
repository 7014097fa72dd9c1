import { addDays } from '@/domain/calendar'
import { addMonths, defaultGdprFile, requestDueOn } from '@/domain/gdpr'
import type { ConsentRecord, GdprRequest, Message, SalesDoc, Tier } from '@/domain'
import type { Random } from './prng'

export interface GdprSeedInput {
  tiers: Tier[]
  salesDocs: readonly SalesDoc[]
  endDate: string
  rng: Random
}

export interface GdprSeed {
  tiers: Tier[]
  gdprRequests: GdprRequest[]
  messages: Message[]
}

/** Id of the consumer prospect met at a trade show more than three years ago (retention passed). */
export const LAPSED_PROSPECT_ID = 'C045'

/**
 * The personal-data files of the generated customers and prospects (DOMAIN-FR §5): the legal basis their
 * kind implies, their last order as the last contact, consents with where and how they were collected
 * (webshop accounts, newsletter sign-ups, trade-show forms), one consumer who objected to prospecting,
 * one consumer prospect whose 3-year retention has passed on the start date, and one access request
 * received by email four days before it (still open, due one month after receipt).
 */
export function withGdprFiles(input: GdprSeedInput): GdprSeed {
  const { endDate, rng } = input
  const lastOrder = new Map<string, string>()
  for (const doc of input.salesDocs) {
    if (doc.type !== 'order' || doc.status === 'cancelled') continue
    if ((lastOrder.get(doc.customerId) ?? '') < doc.date) lastOrder.set(doc.customerId, doc.date)
  }
  const consumers = input.tiers.filter((t) => t.kind === 'customer' && t.legal === 'person' && !t.gdpr)
  const objector = consumers.find((t) => t.customer?.channel === 'direct') ?? consumers.at(-1)
  const requester = consumers.find((t) => t !== objector && lastOrder.has(t.id))

  const tiers = input.tiers.map((tier): Tier => {
    if (tier.gdpr || (tier.kind !== 'customer' && tier.kind !== 'prospect')) return tier
    const gdpr = defaultGdprFile(tier)
    const ordered = lastOrder.get(tier.id)
    if (ordered && ordered > gdpr.lastContactOn) gdpr.lastContactOn = ordered
    const consent = (purpose: ConsentRecord['purpose'], given: boolean, date: string, source: string, channel: ConsentRecord['channel']) =>
      gdpr.consents.push({ id: `${tier.id}-k${gdpr.consents.length + 1}`, purpose, given, date, source, channel })
    if (tier === objector) {
      const objectionOn = laterOf(tier.createdOn, addDays(endDate, -120))
      consent('emailMarketing', true, tier.createdOn, 'Bon de commande signé au magasin (case non pré-cochée)', 'paper')
      consent('emailMarketing', false, objectionOn, 'Appel du client : ne plus recevoir d\'offres', 'phone')
      gdpr.objectsToProspecting = true
      gdpr.objectionOn = objectionOn
    } else if (tier.kind === 'prospect') {
      const fair = /salon/i.test(tier.notes ?? '')
      consent('emailMarketing', true, tier.createdOn, fair ? 'Salon professionnel — formulaire de contact (case non pré-cochée)' : 'Formulaire de contact du site', fair ? 'paper' : 'web')
    } else if (tier.legal === 'person') {
      if (rng.chance(0.7)) consent('emailMarketing', true, tier.createdOn, 'Création du compte client sur la boutique en ligne (case non pré-cochée)', 'web')
      consent('partnerSharing', false, tier.createdOn, 'Création du compte client sur la boutique en ligne', 'web')
    } else if (rng.chance(0.3)) {
      consent('emailMarketing', true, laterOf(tier.createdOn, addDays(endDate, -rng.int(60, 900))), 'Inscription à la lettre d\'information du site', 'web')
    }
    return { ...tier, gdpr }
  })

  const lapsed = lapsedProspect(input.tiers, endDate)
  if (lapsed) tiers.push(lapsed)

  const gdprRequests: GdprRequest[] = []
  const messages: Message[] = []
  if (requester) {
    const receivedOn = addDays(endDate, -4)
    const contact = requester.contacts[0]
    gdprRequests.push({
      id: 'DRGPD-0001', tierId: requester.id, right: 'access', receivedOn, dueOn: requestDueOn(receivedOn), extended: false, status: 'open',
      details: 'Demande reçue par e-mail : copie de toutes les données personnelles détenues.',
    })
    messages.push({
      id: 'msg-rgpd-0001', direction: 'in', channel: 'email', date: receivedOn, tierId: requester.id, ...(contact ? { contactId: contact.id } : {}),
      language: requester.language, attachmentIds: [], read: true,
      subject: 'Demande d\'accès à mes données personnelles',
      body: `Bonjour,\n\nEn application de l'article 15 du RGPD, je vous demande une copie de toutes les données personnelles que vous détenez à mon sujet, ainsi que les informations sur leur utilisation.\n\nCordialement,\n${requester.name}`,
    })
  }
  return { tiers, gdprRequests, messages }
}

function laterOf(a: string, b: string): string {
  return a >= b ? a : b
}

/** A consumer prospect collected at a trade show three years and four months before the start date, never heard from since. */
function lapsedProspect(tiers: readonly Tier[], endDate: string): Tier | null {
  if (tiers.some((t) => t.id === LAPSED_PROSPECT_ID)) return null
  const template = tiers.find((t) => t.kind === 'prospect' && t.customer) ?? tiers.find((t) => t.customer)
  if (!template?.customer) return null
  const createdOn = addMonths(endDate, -40)
  const billingAddress = { line1: '6 rue Paul Bert', postalCode: '69003', city: 'Lyon', country: 'FR' }
  return {
    id: LAPSED_PROSPECT_ID, kind: 'prospect', legal: 'person', name: 'Camille Roussel', billingAddress, deliveryAddresses: [billingAddress],
    contacts: [{ id: `${LAPSED_PROSPECT_ID}-1`, civility: 'Mme', firstName: 'Camille', lastName: 'Roussel', role: 'Particulière', email: 'camille.roussel@mail.example', phone: '06 55 63 20 41', language: 'fr' }],
    language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn,
    notes: 'Rencontrée au salon Maison & Bureau de Lyon ; intéressée par un bureau assis-debout pour le télétravail.',
    customer: { ...template.customer, channel: 'webshop', paymentTerms: { kind: 'onReceipt' }, paymentMethod: 'card', discountPercent: 0, creditLimitCents: 100_000, vatRegime: 'france' },
    gdpr: {
      legalBasis: 'consent', objectsToProspecting: false, lastContactOn: createdOn,
      consents: [{ id: `${LAPSED_PROSPECT_ID}-k1`, purpose: 'emailMarketing', given: true, date: createdOn, source: 'Salon Maison & Bureau, Lyon — bulletin papier (case non pré-cochée)', channel: 'paper' }],
    },
  }
}
