/** Read-only queries behind the account statement (relevé de compte) and the aged balance. */
import { accountStatement, agedBalance, customerAgeing, type AccountStatement, type AgedBalance, type Ageing, type StatementPeriod } from '@/domain'
import type { IsoDate, Payment, SalesDoc, Tier } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

/** A customer's statement over a period and the ageing of the account at its last day. */
export interface CustomerStatement {
  statement: AccountStatement
  ageing: Ageing
}

/** The statement of `customerId` over `period`, from its documents and payments. */
export async function customerStatement(db: WorkspaceDb, customerId: string, period: StatementPeriod): Promise<CustomerStatement> {
  const [docs, payments] = await Promise.all([
    db.salesDocs.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
  ])
  return { statement: accountStatement(docs, payments, period), ageing: customerAgeing(docs, payments, period.to) }
}

/** The aged balance of every customer at `asOf`, with the customers' names. */
export interface AgedBalanceView extends AgedBalance {
  names: Map<string, string>
}

/** The aged balance at `asOf`: every customer's documents and payments read once, grouped in memory. */
export async function loadAgedBalance(db: WorkspaceDb, asOf: IsoDate): Promise<AgedBalanceView> {
  const [customers, docs, payments] = await Promise.all([
    db.tiers.where('kind').equals('customer').toArray(),
    db.salesDocs.where('type').anyOf('invoice', 'downPayment', 'creditNote').toArray(),
    db.payments.toArray(),
  ])
  const docsOf = groupBy(docs, (doc) => doc.customerId)
  const paymentsOf = groupBy(payments, (payment) => payment.customerId)
  const accounts = customers.map((tier: Tier) => ({ customerId: tier.id, docs: docsOf.get(tier.id) ?? [], payments: paymentsOf.get(tier.id) ?? [] }))
  return { ...agedBalance(accounts, asOf), names: new Map(customers.map((tier) => [tier.id, tier.name])) }
}

function groupBy<T extends SalesDoc | Payment>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}
