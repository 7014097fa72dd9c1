import { parseEurosToCents } from '@/domain/decimal-input'

/** What the learner ticked in the lettrage table: per document, ticked or not and the amount typed (French decimal). */
export type AllocationSelection = Record<string, { ticked: boolean; amount: string }>

/** Cents as the money input shows them: "1234,50" (no thousands separator, so it parses back). */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100)
  return `${euros},${String(cents % 100).padStart(2, '0')}`
}

/**
 * The allocations of the ticked rows, positive cents; the ids of the rows whose amount cannot be read
 * (empty, not a number, more than 2 decimals, zero or negative) are in `invalid`.
 */
export function readSelection(selection: AllocationSelection): { allocations: { docId: string; amountCents: number }[]; invalid: string[] } {
  const allocations: { docId: string; amountCents: number }[] = []
  const invalid: string[] = []
  for (const [docId, row] of Object.entries(selection)) {
    if (!row.ticked) continue
    const parsed = parseEurosToCents(row.amount)
    if (!parsed.ok || parsed.value <= 0) invalid.push(docId)
    else allocations.push({ docId, amountCents: parsed.value })
  }
  return { allocations, invalid }
}
