import { beforeAll, describe, expect, it } from 'vitest'
import { customerBalance } from '@/domain'
import { WorkspaceDb } from '@/db/workspace-db'
import { generateBuiltInCompany, writeCompany } from '@/db/seed-company'
import { customerStatement, loadAgedBalance } from '@/db/queries/statements'

const END = '2026-11-23'

// DOMAIN-FR §4 and issue 8: the balance of every customer is invoices − credit notes − payments; the
// statement's closing balance and the aged balance must say the same on the generated company.
describe('statements on the seeded company', () => {
  const company = generateBuiltInCompany(END)
  const db = new WorkspaceDb(`statements-${Math.random().toString(36).slice(2)}`)
  const customers = company.tiers.filter((tier) => tier.kind === 'customer')

  beforeAll(async () => {
    await db.open()
    await writeCompany(db, company)
  }, 60_000)

  it('closes every customer\'s statement of the last quarter on its balance, and opens it on the balance of the day before', async () => {
    expect(customers.length).toBeGreaterThan(10)
    let withMovements = 0
    for (const customer of customers) {
      const docs = company.salesDocs.filter((doc) => doc.customerId === customer.id)
      const payments = company.payments.filter((payment) => payment.customerId === customer.id)
      const { statement, ageing } = await customerStatement(db, customer.id, { from: '2026-09-01', to: END })
      expect(statement.closingBalanceCents, customer.id).toBe(customerBalance(docs, payments, END).balanceCents)
      expect(statement.openingBalanceCents, customer.id).toBe(customerBalance(docs, payments, '2026-08-31').balanceCents)
      expect(ageing.totalCents, customer.id).toBe(statement.closingBalanceCents)
      if (statement.entries.length) withMovements += 1
    }
    expect(withMovements).toBeGreaterThan(0)
  })

  it('the aged balance totals equal the sum of the customers\' balances, bucket by bucket', async () => {
    const aged = await loadAgedBalance(db, END)
    const sum = customers.reduce((total, customer) => total + customerBalance(
      company.salesDocs.filter((doc) => doc.customerId === customer.id), company.payments.filter((p) => p.customerId === customer.id), END,
    ).balanceCents, 0)
    expect(aged.totals.totalCents).toBe(sum)
    const buckets = Object.values(aged.totals.buckets).reduce((a, b) => a + b, 0)
    expect(buckets + aged.totals.unallocatedCents).toBe(sum)
    expect(aged.totals.buckets.over90).toBeGreaterThan(0)
    expect(aged.names.get(aged.rows[0]!.customerId)).toBeTruthy()
  })
})
