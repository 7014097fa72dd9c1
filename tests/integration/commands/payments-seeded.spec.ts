import { beforeAll, describe, expect, it } from 'vitest'
import { recordPayment, rejectPayment } from '@/commands/payments'
import { executeCommand } from '@/commands/command'
import { openInvoices } from '@/domain'
import { generateBuiltInCompany, writeCompany } from '@/db/seed-company'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

const END = '2026-11-23'

/** invoices − credit notes − payments (not rejected), counted here without the domain's balance. */
async function invariantHolds(db: WorkspaceDb): Promise<{ customers: number; mismatches: string[] }> {
  const [docs, payments, tiers] = await Promise.all([db.salesDocs.toArray(), db.payments.toArray(), db.tiers.toArray()])
  const mismatches: string[] = []
  const customers = tiers.filter((t) => t.kind === 'customer')
  for (const customer of customers) {
    let owed = 0
    for (const doc of docs) {
      if (doc.customerId !== customer.id || doc.status !== 'validated') continue
      if (doc.type === 'invoice' || doc.type === 'downPayment') owed += doc.totals!.amountDueCents
      if (doc.type === 'creditNote') owed -= doc.totals!.amountDueCents
    }
    const paid = payments.filter((p) => p.customerId === customer.id && !p.rejected).reduce((s, p) => s + p.amountCents, 0)
    const settled = openInvoices(docs.filter((d) => d.customerId === customer.id), payments.filter((p) => p.customerId === customer.id), END)
    const unallocated = payments.filter((p) => p.customerId === customer.id && !p.rejected)
      .reduce((s, p) => s + p.amountCents - p.allocations.reduce((a, b) => a + b.amountCents, 0), 0)
    // What remains open on the invoices less the credit still unused equals the balance (lettrage is complete).
    const notesLeft = docs.filter((d) => d.customerId === customer.id && d.type === 'creditNote' && d.status === 'validated')
      .reduce((s, d) => s + d.totals!.amountDueCents + payments.filter((p) => !p.rejected).flatMap((p) => p.allocations).filter((a) => a.docId === d.id).reduce((x, a) => x + a.amountCents, 0), 0)
    const fromLettrage = settled.reduce((s, o) => s + o.remainingCents, 0) - unallocated - notesLeft
    if (owed - paid !== fromLettrage) mismatches.push(`${customer.id}: ${owed - paid} ≠ ${fromLettrage}`)
  }
  return { customers: customers.length, mismatches }
}

// Issue 8: the balance per customer is always invoices − credit notes − payments (non-rejected), and the
// lettrage (what remains open, the credit left) says the same, before and after payment commands.
describe('balance invariant on the seeded company', () => {
  let db: WorkspaceDb
  beforeAll(async () => {
    ;({ db } = await makeWorkspace(END))
    await writeCompany(db, generateBuiltInCompany(END))
  }, 60_000)

  it('holds for every customer as seeded, and after a partial payment, an overpayment and a rejected cheque', async () => {
    const before = await invariantHolds(db)
    expect(before.customers).toBeGreaterThan(10)
    expect(before.mismatches).toEqual([])
    const [docs, payments] = await Promise.all([db.salesDocs.toArray(), db.payments.toArray()])
    const withOpen = [...new Set(docs.map((d) => d.customerId))]
      .map((id) => ({ id, open: openInvoices(docs.filter((d) => d.customerId === id), payments.filter((p) => p.customerId === id), END) }))
      .filter((c) => c.open.length > 0).slice(0, 3)
    expect(withOpen.length).toBe(3)
    const [a, b, c] = withOpen
    const ok = async (command: Parameters<typeof executeCommand>[1], input: unknown) => {
      const result = await executeCommand(db, command, input, { now: FIXED_NOW })
      expect(result.ok, JSON.stringify(result)).toBe(true)
      return result.ok ? result.value : {}
    }
    const first = a!.open[0]!
    await ok(recordPayment, { customerId: a!.id, date: END, amountCents: Math.max(1, Math.floor(first.remainingCents / 2)), method: 'transfer', reference: 'P1', allocations: [{ docId: first.docId, amountCents: Math.max(1, Math.floor(first.remainingCents / 2)) }] })
    await ok(recordPayment, { customerId: b!.id, date: END, amountCents: b!.open[0]!.remainingCents + 5_000, method: 'card', reference: 'P2', allocations: [{ docId: b!.open[0]!.docId, amountCents: b!.open[0]!.remainingCents }] })
    const cheque = await ok(recordPayment, { customerId: c!.id, date: END, amountCents: c!.open[0]!.remainingCents, method: 'cheque', reference: 'P3', allocations: [{ docId: c!.open[0]!.docId, amountCents: c!.open[0]!.remainingCents }] })
    await ok(rejectPayment, { paymentId: cheque.paymentId, date: END, bankFeesCents: 1_200 })
    expect((await invariantHolds(db)).mismatches).toEqual([])
  }, 60_000)
})
