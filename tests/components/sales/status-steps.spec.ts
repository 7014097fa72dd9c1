import { describe, expect, it } from 'vitest'
import { statusSteps } from '@/components/sales/status-steps'
import { STATUSES_OF } from '@/components/sales/sales-labels'
import { SALES_LIFECYCLE } from '@/domain'
import { line, makeProduct, makeSalesDoc } from '../../factories/company-records'

const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const quote = (status: 'sent' | 'accepted' | 'revised' | 'refused') => makeSalesDoc({ id: 'q', type: 'quote', status, customerId: 'c', date: '2026-03-02', lines: [line(chair, 1)] })

describe('the status bar of a quote', () => {
  it('ends on the outcome: accepted, refused, or revised when a new version replaced it', () => {
    expect(statusSteps(quote('sent'))).toEqual({ steps: ['draft', 'sent', 'accepted'], current: 1 })
    expect(statusSteps(quote('accepted'))).toEqual({ steps: ['draft', 'sent', 'accepted'], current: 2 })
    expect(statusSteps(quote('refused'))).toEqual({ steps: ['draft', 'sent', 'refused'], current: 2 })
    expect(statusSteps(quote('revised'))).toEqual({ steps: ['draft', 'sent', 'revised'], current: 2 })
  })

  it('lets the list filter on every status a document\'s life cycle knows', () => {
    for (const [type, life] of Object.entries(SALES_LIFECYCLE)) {
      expect(STATUSES_OF[type as keyof typeof STATUSES_OF]).toEqual(expect.arrayContaining([...life.statuses]))
    }
  })
})
