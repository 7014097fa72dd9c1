import type { SalesDoc, Salesperson } from '@/domain'

/**
 * Each salesperson's monthly objectives (CA HT), dated relative to the end of the history: for every
 * month of the history and the twelve months after it, last year's same month + 5 % (the first
 * year's objectives are its actual sales rounded, the way a new budget is often set).
 */
export function salespeopleWithObjectives(salespeople: readonly Salesperson[], salesDocs: readonly SalesDoc[], endDate: string): Salesperson[] {
  const actual = new Map<string, number>() // `${id}|YYYY-MM`
  for (const doc of salesDocs) {
    if (doc.type !== 'invoice' && doc.type !== 'creditNote') continue
    const key = `${doc.salespersonId}|${doc.date.slice(0, 7)}`
    const net = doc.totals?.netCommercialCents ?? 0
    actual.set(key, (actual.get(key) ?? 0) + (doc.type === 'invoice' ? net : -net))
  }
  const months = monthsAround(salesDocs.length ? salesDocs[0]!.date : endDate, endDate)
  const roundTo = (cents: number) => Math.max(0, Math.round(cents / 100_000) * 100_000) // to the 1 000 €
  return salespeople.map((person) => {
    const objectives = months.map((month) => {
      const lastYear = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
      const previous = actual.get(`${person.id}|${lastYear}`)
      const target = previous !== undefined ? roundTo(previous * 1.05) : roundTo(actual.get(`${person.id}|${month}`) ?? 0)
      return { month, targetCents: target }
    }).filter((objective) => objective.targetCents > 0)
    return { ...person, objectives }
  })
}

function monthsAround(first: string, endDate: string): string[] {
  const months: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  const endYear = Number(endDate.slice(0, 4)) + 1
  const endMonth = Number(endDate.slice(5, 7))
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) { month = 1; year += 1 }
  }
  return months
}
