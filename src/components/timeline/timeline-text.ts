import type { TFunction } from 'i18next'
import type { TimelineItem } from '@/db/queries/timeline'

type Translate = TFunction
interface Format { money(cents: number): string; date(iso: string): string }

/** The i18n key of an item's kind tag (invoice, email received, call made, note, payment, action…). */
export function timelineKindKey(item: TimelineItem): string {
  switch (item.kind) {
    case 'salesDoc': return `sales.type.${item.doc.type}`
    case 'purchaseDoc': return `messages.purchaseType.${item.doc.type}`
    case 'payment': return 'messages.timeline.kind.payment'
    case 'event': return 'messages.timeline.kind.event'
    case 'message': {
      const m = item.message
      if (m.channel === 'phone') return `messages.activity.kind.${m.direction === 'in' ? 'callIn' : 'callOut'}`
      if (m.channel === 'meeting' || m.channel === 'note') return `messages.activity.kind.${m.channel}`
      return `messages.timeline.kind.${m.channel}${m.direction === 'in' ? 'In' : 'Out'}`
    }
  }
}

/** An item's short text (what the link says) and its detail (status, amount, outcome, follow-up). */
export function timelineText(item: TimelineItem, t: Translate, format: Format): { main: string; detail: string } {
  switch (item.kind) {
    case 'salesDoc': {
      const { doc } = item
      const amount = doc.totalInclVatCents !== undefined ? t('messages.timeline.amountInclVat', { amount: format.money(doc.totalInclVatCents) }) : ''
      return { main: doc.number ?? t('sales.draftNumber'), detail: [t(`sales.status.${doc.status}`), amount].filter(Boolean).join(' · ') }
    }
    case 'purchaseDoc': {
      const { doc } = item
      return { main: doc.number, detail: [t(`messages.purchaseStatus.${doc.status}`), t('messages.timeline.amountExclVat', { amount: format.money(doc.totalExclVatCents) })].join(' · ') }
    }
    case 'payment': {
      const { payment } = item
      const detail = [t(`sales.paymentMethod.${payment.method}`), payment.reference, payment.rejected ? t('messages.timeline.rejected') : ''].filter(Boolean).join(' · ')
      return { main: format.money(payment.amountCents), detail }
    }
    case 'event':
      return { main: t(`commands.${item.entry.command}`, { defaultValue: item.entry.command }), detail: t(`journal.actor.${item.entry.actor.kind}`) }
    case 'message': {
      const m = item.message
      const main = m.subject || (m.channel === 'note' ? excerpt(m.body) : t('messages.noSubject'))
      const detail = [m.outcome ?? '', m.followUpOn ? t('messages.timeline.followUp', { date: format.date(m.followUpOn) }) : ''].filter(Boolean).join(' · ')
      return { main, detail }
    }
  }
}

function excerpt(text: string, max = 80): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
