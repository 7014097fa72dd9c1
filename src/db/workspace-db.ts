import Dexie, { type EntityTable, type Table } from 'dexie'
import { WORKSPACE_SCHEMA, LATEST_WORKSPACE_VERSION } from './schema'
import type { JournalEntry, MetaRecord, ScheduledEvent } from './types'
import type { ArchivedDocument, BankLine, GdprRequest, InboundOrder, Message, Payment, PriceAgreement, Product, PurchaseDoc, SalesDoc, StockMove, Tier } from '@/domain/model'

export const WORKSPACE_DB_PREFIX = 'comptoir-ws-'

export function workspaceDbName(workspaceId: string): string {
  return `${WORKSPACE_DB_PREFIX}${workspaceId}`
}

/** One scenario attempt or free-practice company, in its own IndexedDB database. */
export class WorkspaceDb extends Dexie {
  meta!: Table<MetaRecord, string>
  journal!: EntityTable<JournalEntry, 'seq'>
  scheduled!: EntityTable<ScheduledEvent, 'id'>
  tiers!: Table<Tier, string>
  products!: Table<Product, string>
  salesDocs!: Table<SalesDoc, string>
  purchaseDocs!: Table<PurchaseDoc, string>
  stockMoves!: Table<StockMove, string>
  payments!: Table<Payment, string>
  messages!: Table<Message, string>
  gdprRequests!: Table<GdprRequest, string>
  priceAgreements!: Table<PriceAgreement, string>
  archives!: Table<ArchivedDocument, string>
  bankLines!: Table<BankLine, string>
  inboundOrders!: Table<InboundOrder, string>

  /**
   * @param upToVersion opens an older shape of the schema; only migration tests and the import of an
   * older export use it.
   */
  constructor(readonly workspaceId: string, upToVersion: number = LATEST_WORKSPACE_VERSION) {
    super(workspaceDbName(workspaceId))
    for (const step of WORKSPACE_SCHEMA) {
      if (step.version > upToVersion) break
      const declared = this.version(step.version).stores(step.stores)
      if (step.upgrade) declared.upgrade(step.upgrade)
    }
  }
}
