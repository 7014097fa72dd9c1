import type { Transaction } from 'dexie'

/**
 * Every version of a workspace database, oldest first. Never edit or remove a published version: add a
 * new one with its `upgrade` so a learner's attempt in progress survives an app update.
 */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const WORKSPACE_SCHEMA: readonly SchemaVersion[] = [
  {
    // v1 (first release): settings as key/value, an append-only journal whose entries said `ok: boolean`.
    version: 1,
    stores: {
      meta: '&key',
      journal: '++seq, command, simDate',
    },
  },
  {
    // v2: a refusal is an outcome in its own right (the grader filters on it), and the clock gets a
    // table of scheduled events (a customer email on day 3, a supplier delay on day 5…).
    version: 2,
    stores: {
      journal: '++seq, command, simDate, outcome',
      scheduled: '++id, dueDate, status',
    },
    async upgrade(tx) {
      await tx.table('journal').toCollection().modify((entry: Record<string, unknown>) => {
        entry.outcome = entry.ok === false ? 'refused' : 'done'
        delete entry.ok
      })
    },
  },
  {
    // v3: the company itself — tiers, catalogue, the whole sales chain (lines embedded in their
    // document), purchasing, stock movements, payments and messages. Company settings, families,
    // warehouses, salespeople and numbering sequences live in `meta`.
    version: 3,
    stores: {
      tiers: '&id, kind, name',
      products: '&id, reference, familyId',
      salesDocs: '&id, type, [type+date], customerId, number',
      purchaseDocs: '&id, type, supplierId, date',
      stockMoves: '&id, date',
      payments: '&id, customerId, date',
      messages: '&id, date, tierId',
    },
  },
  {
    // v4: the CRM with its GDPR file, rights requests, customer-specific prices, and a message centre
    // that files inbox and outbox apart and lists follow-ups. Customers and prospects of earlier
    // versions get a GDPR file with the legal basis their kind implies and their creation as last contact.
    version: 4,
    stores: {
      tiers: '&id, kind, name, siren',
      messages: '&id, date, tierId, [direction+date], followUpOn',
      gdprRequests: '&id, tierId, status, dueOn',
      priceAgreements: '&id, customerId, productId',
    },
    async upgrade(tx) {
      await tx.table('tiers').toCollection().modify((tier: Record<string, unknown>) => {
        if (tier.gdpr || (tier.kind !== 'customer' && tier.kind !== 'prospect')) return
        const legalBasis = tier.legal === 'company' ? 'legitimateInterest' : tier.kind === 'customer' ? 'contract' : 'consent'
        tier.gdpr = { legalBasis, consents: [], objectsToProspecting: false, lastContactOn: tier.createdOn }
      })
    },
  },
  {
    // v5: filing and reconciliation — validated documents archived with their PDF, imported bank
    // statement lines, and the order inbox of the web shop and the marketplace.
    version: 5,
    stores: {
      archives: '&id, docId, customerId, archivedOn',
      bankLines: '&id, importId, date, status',
      inboundOrders: '&id, status, receivedOn, channel',
    },
  },
  {
    // v6: supply chain, recovery and statistics — stock movements found by product (a multi-entry
    // index on the product ids a movement touches, filled by a hook), supplier orders by status and
    // promised date, supplier claims, solvency checks, dunning actions (reminders, calls, promises to
    // pay, payment plans), recovery cases (formal notice and beyond) and the learner's analyses.
    version: 6,
    stores: {
      stockMoves: '&id, date, kind, sourceId, *productIds',
      purchaseDocs: '&id, type, supplierId, date, status, expectedDate',
      supplierClaims: '&id, supplierId, purchaseDocId, status',
      solvencyChecks: '&id, customerId, date',
      dunningActions: '&id, customerId, status, dueOn',
      recoveryCases: '&id, customerId, status',
      analyses: '&id, date',
    },
    async upgrade(tx) {
      await tx.table('stockMoves').toCollection().modify((move: { lines: { productId: string }[]; productIds?: string[] }) => {
        move.productIds = [...new Set(move.lines.map((line) => line.productId))]
      })
    },
  },
  {
    // v7: the statistics keep their sales facts per document type and month in a derived cache, kept
    // exact by a middleware that marks a month dirty in the same transaction as any write to its sales
    // documents (stats-cache.ts). The cache is not the learner's data: exports leave it out.
    version: 7,
    stores: {
      statsCache: '&bucket',
    },
  },
]

/** Tables that only hold data derived from the others (rebuilt on demand; never exported or imported). */
export const DERIVED_TABLES: readonly string[] = ['statsCache']

export const LATEST_WORKSPACE_VERSION = WORKSPACE_SCHEMA[WORKSPACE_SCHEMA.length - 1]!.version

/** Tables that hold the workspace's data at `version` (exports list them); derived caches left out. */
export function tablesAtVersion(version: number = LATEST_WORKSPACE_VERSION): string[] {
  const tables = new Map<string, boolean>()
  for (const step of WORKSPACE_SCHEMA) {
    if (step.version > version) break
    for (const [name, spec] of Object.entries(step.stores)) tables.set(name, spec !== null)
  }
  return [...tables].filter(([name, alive]) => alive && !DERIVED_TABLES.includes(name)).map(([name]) => name)
}
