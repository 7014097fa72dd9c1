/**
 * The documents of one deal (affaire): every document linked to the one shown through the chain's
 * links (`sourceIds`, and the acompte invoices an invoice deducts), both ways: the quote and its
 * versions, the order, its acompte invoices, delivery notes, invoices and credit notes. A grouped
 * invoice brings in the other orders it bills.
 */
import type { SalesDoc, SalesDocType } from '@/domain/model'

/** Stages of the chain, in the order of the deal. */
export const CHAIN_STAGES: readonly SalesDocType[] = ['quote', 'order', 'downPayment', 'delivery', 'invoice', 'creditNote']

/** One stage and its documents, oldest first. */
export interface ChainStage {
  readonly type: SalesDocType
  readonly docs: SalesDoc[]
}

const linksOf = (doc: SalesDoc): string[] => [...doc.sourceIds, ...(doc.downPaymentIds ?? [])]

/** The documents of `docs` in the same deal as `doc` (itself included). */
export function dealDocs(doc: SalesDoc, docs: readonly SalesDoc[]): SalesDoc[] {
  const byId = new Map(docs.map((d) => [d.id, d]))
  byId.set(doc.id, doc)
  const neighbours = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set())
    neighbours.get(a)!.add(b)
  }
  for (const d of byId.values()) {
    for (const other of linksOf(d)) {
      if (!byId.has(other)) continue
      link(d.id, other)
      link(other, d.id)
    }
  }
  const seen = new Set([doc.id])
  const queue = [doc.id]
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.shift()!) ?? []) {
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(next)
    }
  }
  return [...seen].map((id) => byId.get(id)!)
}

/**
 * The deal of `doc` stage by stage (quote → order → acomptes → delivery notes → invoices → credit
 * notes), each stage oldest first. Acomptes appear only when the deal has some; the other stages are
 * always there, empty when the deal has not reached them.
 */
export function dealChain(doc: SalesDoc, docs: readonly SalesDoc[]): ChainStage[] {
  const members = dealDocs(doc, docs)
  const order = (a: SalesDoc, b: SalesDoc) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff'))
  return CHAIN_STAGES
    .map((type) => ({ type, docs: members.filter((d) => d.type === type).sort(order) }))
    .filter((stage) => stage.type !== 'downPayment' || stage.docs.length > 0)
}
