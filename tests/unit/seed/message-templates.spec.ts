import { describe, expect, it } from 'vitest'
import { checkTemplate, renderTemplate, type TemplateContext } from '@/domain'
import { findMessageTemplate, MESSAGE_TEMPLATES } from '@/seed/message-templates'

const format = { money: (cents: number) => `${cents / 100} €`, date: (iso: string) => iso }

describe('built-in message templates', () => {
  it('cover the weekly letters of the job, each in French and English', () => {
    expect(MESSAGE_TEMPLATES.map((t) => t.id)).toEqual(expect.arrayContaining([
      'quoteFollowUp', 'orderConfirmation', 'deliveryDelay', 'paymentReminderCourtesy', 'informationAnswer', 'supplierChase',
    ]))
    for (const template of MESSAGE_TEMPLATES) {
      for (const language of ['fr', 'en'] as const) {
        expect(template.name[language].trim(), `${template.id} name ${language}`).not.toBe('')
        expect(template.subject[language].trim(), `${template.id} subject ${language}`).not.toBe('')
        expect(template.body[language].trim(), `${template.id} body ${language}`).not.toBe('')
      }
    }
  })

  it('have unique ids', () => {
    expect(new Set(MESSAGE_TEMPLATES.map((t) => t.id)).size).toBe(MESSAGE_TEMPLATES.length)
  })

  it('use only known placeholders, the same ones in both languages', () => {
    for (const template of MESSAGE_TEMPLATES) {
      expect(checkTemplate(template), template.id).toEqual({ unknown: [], onlyIn: { fr: [], en: [] } })
    }
  })

  it('render completely for a full context, apart from what only the learner knows', () => {
    const context: TemplateContext = {
      language: 'en', date: '2026-11-23', company: { name: 'Confluence Bureau', phone: '+33 4 78 92 15 40' },
      tier: { name: 'Thames Office Interiors Ltd', kind: 'customer' },
      contact: { civility: 'M.', firstName: 'Oliver', lastName: 'Bennett', role: 'Procurement Manager' },
      subjectDocument: {
        number: 'FA-2026-00042', typeLabel: 'invoice', date: '2026-10-01', totalExclVatCents: 100_000, totalInclVatCents: 120_000,
        amountDueCents: 120_000, dueDate: '2026-10-31', validUntil: '2026-11-01', expectedDate: '2026-11-10', daysLate: 13,
      },
    }
    for (const template of MESSAGE_TEMPLATES) {
      const rendered = renderTemplate(template, context, format)
      expect(rendered.unknown, template.id).toEqual([])
      expect(rendered.missing.filter((name) => !name.startsWith('fill.')), template.id).toEqual([])
    }
    const reminder = renderTemplate(findMessageTemplate('paymentReminderCourtesy')!, context, format)
    expect(reminder.subject).toBe('Invoice FA-2026-00042 — payment reminder')
    expect(reminder.body).toMatch(/^Dear Mr Bennett,\n\nUnless we are mistaken, our invoice FA-2026-00042 of 2026-10-01 for 1200 €, due on 2026-10-31/)
  })

  it('findMessageTemplate gives a template by id, undefined for an unknown one', () => {
    expect(findMessageTemplate('supplierChase')?.audience).toBe('supplier')
    expect(findMessageTemplate('nope')).toBeUndefined()
  })
})
