import { describe, expect, it } from 'vitest'
import { allowedActions, checkAction, statusAfter, SALES_LIFECYCLE, type SalesDocType } from '@/domain'

const TYPES = Object.keys(SALES_LIFECYCLE) as SalesDocType[]

describe('sales document life cycle (the status bar and only-allowed actions)', () => {
  it('every action starts from and leads to statuses of its own document type', () => {
    for (const type of TYPES) {
      const { statuses, initial, actions } = SALES_LIFECYCLE[type]
      expect(statuses).toContain(initial)
      for (const [action, entry] of Object.entries(actions)) {
        for (const from of entry!.from) expect(statuses, `${type}.${action} from ${from}`).toContain(from)
        if (entry!.to) expect(statuses, `${type}.${action} to ${entry!.to}`).toContain(entry!.to)
      }
    }
  })

  it('a quote goes draft → sent → accepted / refused / expired, is duplicated at any time and revised once sent', () => {
    expect(allowedActions('quote', 'draft')).toEqual(['update', 'send', 'duplicate'])
    expect(allowedActions('quote', 'sent')).toEqual(['accept', 'refuse', 'expire', 'duplicate', 'revise'])
    expect(allowedActions('quote', 'accepted')).toEqual(['duplicate', 'order'])
    expect(allowedActions('quote', 'refused')).toEqual(['duplicate', 'revise'])
    expect(allowedActions('quote', 'revised')).toEqual(['duplicate'])
    expect(statusAfter('quote', 'sent', 'accept')).toBe('accepted')
    expect(statusAfter('quote', 'sent', 'revise')).toBe('revised')
    expect(statusAfter('quote', 'accepted', 'duplicate')).toBe('accepted')
  })

  it('an order is delivered and gets acomptes while not fully delivered, and is cancelled only before any delivery', () => {
    expect(allowedActions('order', 'confirmed')).toEqual(['deliver', 'downPayment', 'cancel'])
    expect(allowedActions('order', 'partlyDelivered')).toEqual(['deliver', 'downPayment'])
    expect(allowedActions('order', 'delivered')).toEqual([])
    expect(checkAction('order', 'partlyDelivered', 'cancel')).toMatchObject({ code: 'actionNotAllowed', values: { allowedFrom: 'confirmed' } })
  })

  it('invoices, credit notes and acomptes go draft → validated; a validated one is immutable (C. com. L441-9)', () => {
    for (const type of ['invoice', 'creditNote', 'downPayment'] as const) {
      expect(allowedActions(type, 'draft')).toEqual(expect.arrayContaining(['update', 'validate', 'discard']))
      expect(allowedActions(type, 'validated')).not.toContain('update')
      for (const action of ['update', 'validate', 'discard'] as const) {
        const refusal = checkAction(type, 'validated', action)
        expect(refusal?.code).toBe('validatedImmutable')
        expect(refusal?.source).toContain('L441-9')
      }
    }
    expect(allowedActions('invoice', 'validated')).toEqual(['credit'])
    expect(allowedActions('creditNote', 'validated')).toEqual(['receiveReturn'])
  })

  it('refuses an action from the wrong status with the status it needs, and one a type does not have', () => {
    expect(checkAction('quote', 'sent', 'accept')).toBeNull()
    expect(checkAction('quote', 'draft', 'accept')).toEqual({
      code: 'actionNotAllowed', values: { action: 'accept', type: 'quote', status: 'draft', allowedFrom: 'sent' }, source: expect.any(String),
    })
    expect(checkAction('delivery', 'shipped', 'cancel')).toMatchObject({ code: 'actionNotAvailable', values: { allowedFrom: '' } })
  })
})
