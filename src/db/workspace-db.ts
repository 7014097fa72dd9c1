import Dexie, { type EntityTable, type Table } from 'dexie'
import { WORKSPACE_SCHEMA, LATEST_WORKSPACE_VERSION } from './schema'
import { statsCacheInvalidation, type StatsCacheRecord } from './stats-cache-invalidation'
import type { JournalEntry, MetaRecord, ScheduledEvent } from './types'
import type {
  Analysis, ArchivedDocument, BankLine, DunningAction, RecoveryCase, SolvencyCheck, SupplierClaim, GdprRequest, InboundOrder, Message, Payment, PriceAgreement, Product, PurchaseDoc, SalesDoc, StockMove, Tier,
} from '@/domain/model'

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
  supplierClaims!: Table<SupplierClaim, string>
  solvencyChecks!: Table<SolvencyCheck, string>
  dunningActions!: Table<DunningAction, string>
  recoveryCases!: Table<RecoveryCase, string>
  analyses!: Table<Analysis, string>
  /** Derived: the statistics' sales facts per type and month (see stats-cache.ts). */
  statsCache!: Table<StatsCacheRecord, string>

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
    // The by-product index of stock movements: every writer (commands, seed, scenario records) gets it.
    if (upToVersion >= 6) {
      this.table('stockMoves').hook('creating', (_key, move: StockMove) => {
        move.productIds = productIdsOf(move)
      })
      this.table('stockMoves').hook('updating', (changes: Partial<StockMove>) => (changes.lines ? { productIds: productIdsOf({ lines: changes.lines }) } : undefined))
    }
    // Every write to a sales document marks its month stale in the statistics' cache, in the same transaction.
    if (upToVersion >= 7) this.use(statsCacheInvalidation)
  }
}

function productIdsOf(move: Pick<StockMove, 'lines'>): string[] {
  return [...new Set(move.lines.map((line) => line.productId))]
}
