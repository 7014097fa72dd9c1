import { describe, expect, it } from 'vitest'
import { WorkspaceDb } from '@/db/workspace-db'
import { DERIVED_TABLES, LATEST_WORKSPACE_VERSION, tablesAtVersion } from '@/db/schema'

// A learner's attempt written by the first release must survive every later schema version.
describe('workspace schema migrations', () => {
  it('upgrades a filled v1 database to the latest version without losing anything', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v1 = new WorkspaceDb(id, 1)
    await v1.open()
    expect(v1.verno).toBe(1)
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['journal', 'meta'])
    await v1.table('meta').bulkAdd([{ key: 'clock', value: { date: '2026-04-01' } }, { key: 'other', value: 42 }])
    await v1.table('journal').bulkAdd([
      { command: 'workspace.seed', simDate: '2026-03-02', wallTime: '2026-11-01T08:00:00Z', actor: { kind: 'system' }, input: {}, ok: true },
      { command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-01T08:01:00Z', actor: { kind: 'learner' }, input: { days: 0 }, ok: false, reason: { key: 'command.invalidInput' } },
      { command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-01T08:02:00Z', actor: { kind: 'learner' }, input: { days: 30 }, ok: true },
    ])
    v1.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    expect(latest.verno).toBe(LATEST_WORKSPACE_VERSION)
    expect(latest.tables.map((t) => t.name).sort()).toEqual([...tablesAtVersion(), ...DERIVED_TABLES].sort())
    expect(await latest.meta.toArray()).toEqual([
      { key: 'clock', value: { date: '2026-04-01' } },
      { key: 'other', value: 42 },
    ])
    const journal = await latest.journal.orderBy('seq').toArray()
    expect(journal.map((e) => [e.seq, e.command, e.outcome])).toEqual([
      [1, 'workspace.seed', 'done'],
      [2, 'clock.advance', 'refused'],
      [3, 'clock.advance', 'done'],
    ])
    expect(journal.every((e) => !('ok' in e))).toBe(true)
    expect(journal[1]?.reason).toEqual({ key: 'command.invalidInput' })
    // The v2 index on outcome works on migrated rows.
    expect(await latest.journal.where('outcome').equals('refused').count()).toBe(1)
    expect(await latest.scheduled.count()).toBe(0)
    latest.close()
  })

  it('gives v3 customers and prospects a GDPR file and keeps suppliers and messages as they were', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v3 = new WorkspaceDb(id, 3)
    await v3.open()
    const address = { line1: '1 rue A', postalCode: '69001', city: 'Lyon', country: 'FR' }
    const base = { billingAddress: address, deliveryAddresses: [], contacts: [], language: 'fr', region: 'Auvergne-Rhône-Alpes' }
    await v3.table('tiers').bulkAdd([
      { ...base, id: 't-1', kind: 'customer', legal: 'company', name: 'Atelier Dupuis', createdOn: '2024-02-01' },
      { ...base, id: 't-2', kind: 'prospect', legal: 'person', name: 'Léa Martin', createdOn: '2025-06-10' },
      { ...base, id: 't-3', kind: 'customer', legal: 'person', name: 'Paul Roux', createdOn: '2023-09-15' },
      { ...base, id: 't-4', kind: 'supplier', legal: 'company', name: 'Bureau Import', createdOn: '2022-01-03' },
    ])
    await v3.table('messages').add({
      id: 'msg-1', direction: 'in', channel: 'email', date: '2026-03-01', tierId: 't-1', language: 'fr',
      subject: 'Devis', body: 'Bonjour', attachmentIds: [], read: false,
    })
    v3.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    const tiers = await latest.tiers.orderBy('id').toArray()
    expect(tiers.map((t) => [t.id, t.gdpr?.legalBasis, t.gdpr?.lastContactOn])).toEqual([
      ['t-1', 'legitimateInterest', '2024-02-01'], // B2B: legitimate interest (DOMAIN-FR §5)
      ['t-2', 'consent', '2025-06-10'], // B2C prospect: prior consent
      ['t-3', 'contract', '2023-09-15'], // B2C customer: the contract
      ['t-4', undefined, undefined], // suppliers hold no GDPR file
    ])
    expect(tiers[0]?.gdpr?.consents).toEqual([])
    expect(await latest.messages.where('[direction+date]').between(['in', ''], ['in', '\uffff']).count()).toBe(1)
    expect(await latest.gdprRequests.count()).toBe(0)
    expect(await latest.priceAgreements.count()).toBe(0)
    latest.close()
  })

  it('adds the v5 filing, bank and order-inbox tables to a v4 workspace without touching its records', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v4 = new WorkspaceDb(id, 4)
    await v4.open()
    await v4.table('payments').add({ id: 'pay-1', customerId: 'C001', date: '2026-03-01', amountCents: 12000, method: 'transfer', reference: 'VIR 1', allocations: [] })
    v4.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    expect(await latest.payments.get('pay-1')).toMatchObject({ amountCents: 12000 })
    expect([await latest.archives.count(), await latest.bankLines.count(), await latest.inboundOrders.count()]).toEqual([0, 0, 0])
    await latest.inboundOrders.add({
      id: 'in-1', channel: 'webshop', externalRef: 'WEB-1', receivedOn: '2026-03-02', status: 'pending', shippingCents: 0,
      customer: { name: 'Léa Martin', address: { line1: '1 rue A', postalCode: '69001', city: 'Lyon', country: 'FR' } }, lines: [],
    })
    expect(await latest.inboundOrders.where('status').equals('pending').count()).toBe(1)
    latest.close()
  })

  it('v6 indexes a v5 workspace\'s stock movements by product and adds the supply, recovery and statistics tables', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v5 = new WorkspaceDb(id, 5)
    await v5.open()
    await v5.table('stockMoves').add({ id: 'sm-1', kind: 'reception', date: '2026-03-01', warehouseId: 'W1', lines: [{ productId: 'P1', quantity: 5, unitCostCents: 100 }, { productId: 'P2', quantity: 1, unitCostCents: 50 }, { productId: 'P1', quantity: 2, unitCostCents: 100 }] })
    v5.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    expect((await latest.stockMoves.get('sm-1'))?.productIds).toEqual(['P1', 'P2'])
    expect(await latest.stockMoves.where('productIds').equals('P2').primaryKeys()).toEqual(['sm-1'])
    // New writes are indexed too, whoever writes them.
    await latest.stockMoves.add({ id: 'sm-2', kind: 'delivery', date: '2026-03-02', warehouseId: 'W1', lines: [{ productId: 'P2', quantity: -1, unitCostCents: 50 }] })
    expect(await latest.stockMoves.where('productIds').equals('P2').primaryKeys()).toEqual(['sm-1', 'sm-2'])
    expect(await Promise.all([latest.supplierClaims, latest.solvencyChecks, latest.dunningActions, latest.recoveryCases, latest.analyses].map((t) => t.count()))).toEqual([0, 0, 0, 0, 0])
    latest.close()
  })
  it('v7 adds the statistics cache to a v6 workspace, empty (first visit rebuilds it) and kept stale-proof on later writes', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v6 = new WorkspaceDb(id, 6)
    await v6.open()
    const invoice = { id: 'inv-1', type: 'invoice', status: 'validated', number: 'F-1', customerId: 'C001', date: '2026-03-01', channel: 'direct', salespersonId: 'sp-1', sourceIds: [],
      lines: [{ productId: 'P1', designation: 'Vis', quantity: 2, unitPriceCents: 1000, vatRatePercent: 20, unitCostCents: 400, netCents: 2000 }] }
    await v6.table('salesDocs').add(invoice)
    v6.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    expect(await latest.salesDocs.get('inv-1')).toEqual(invoice)
    expect(await latest.statsCache.count()).toBe(0)
    // Writes after the upgrade mark their month in the cache, in the same transaction.
    await latest.salesDocs.put({ ...invoice, date: '2026-04-02' } as never)
    expect((await latest.statsCache.bulkGet(['invoice:2026-03', 'invoice:2026-04'])).map((r) => r?.dirty)).toEqual([true, true])
    latest.close()
  })
})
