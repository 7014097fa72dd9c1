import type { WorkspaceDb } from '../workspace-db'
import type { Payment, SalesDoc } from '@/domain/model'

/** Every payment, newest first (the payments list filters and totals them in memory). */
export async function listPayments(db: WorkspaceDb): Promise<Payment[]> {
  const payments = await db.payments.orderBy('date').reverse().toArray()
  return payments
}

/** A customer's sales documents and payments: what the record-payment page and the payment detail read. */
export interface CustomerAccount {
  docs: SalesDoc[]
  payments: Payment[]
}

export async function customerAccount(db: WorkspaceDb, customerId: string): Promise<CustomerAccount> {
  const [docs, payments] = await Promise.all([
    db.salesDocs.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
  ])
  return { docs, payments }
}

/** One payment with its customer's account, or null when it does not exist. */
export async function paymentContext(db: WorkspaceDb, id: string): Promise<({ payment: Payment } & CustomerAccount) | null> {
  const payment = await db.payments.get(id)
  if (!payment) return null
  return { payment, ...(await customerAccount(db, payment.customerId)) }
}
