/** The file answering an access (RGPD art. 15) or portability (art. 20) request, read from the workspace. */
import { buildAccessExport, lastDealDate, type AccessExport } from '@/domain'
import type { CompanySettings, IsoDate } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import type { WorkspaceDb } from '../workspace-db'

/**
 * Everything held on `tierId` (tier file, contacts, consents, messages, documents list, requests) as the
 * JSON a learner downloads and sends, with its file name; null when the tier does not exist.
 */
export async function loadAccessExport(
  db: WorkspaceDb, tierId: string, right: 'access' | 'portability', on: IsoDate,
): Promise<{ fileName: string; data: AccessExport } | null> {
  const tier = await db.tiers.get(tierId)
  if (!tier) return null
  const [documents, messages, requests, settings] = await Promise.all([
    db.salesDocs.where('customerId').equals(tierId).toArray(),
    db.messages.where('tierId').equals(tierId).toArray(),
    db.gdprRequests.where('tierId').equals(tierId).sortBy('receivedOn'),
    db.meta.get(META_KEYS.settings),
  ])
  const identity = (settings?.value as CompanySettings | undefined)?.identity
  const controller = identity
    ? {
        name: identity.name,
        address: [identity.address.line1, identity.address.line2, `${identity.address.postalCode} ${identity.address.city}`].filter(Boolean).join(', '),
        email: identity.email, phone: identity.phone,
      }
    : { name: '', address: '', email: '', phone: '' }
  const lastDealOn = lastDealDate(documents)
  const data = buildAccessExport({ right, tier, controller, documents, messages, requests, generatedOn: on, ...(lastDealOn ? { lastDealOn } : {}) })
  return { fileName: `rgpd-${right === 'access' ? 'acces' : 'portabilite'}-${tierId}-${on}.json`, data }
}
