import type { Settlement } from '@/domain'
import type { SalesDoc } from '@/domain/model'

/** The steps of a document's life shown in its status bar (ERP habit: Brouillon → Validé → … → Payé). */
export interface StatusSteps {
  /** i18n keys under `sales.step.` */
  steps: string[]
  current: number
}

/** Where a document stands in its life; for an invoice, payment comes from its settlement at the simulated date. */
export function statusSteps(doc: SalesDoc, settlement?: Settlement): StatusSteps {
  const at = (steps: string[], step: string): StatusSteps => ({ steps, current: Math.max(0, steps.indexOf(step)) })
  switch (doc.type) {
    case 'quote': {
      // A revised quote was replaced by a new version (sent, then refused or expired, or revised straight after sending).
      const end = doc.status === 'refused' || doc.status === 'expired' || doc.status === 'revised' ? doc.status : 'accepted'
      return at(['draft', 'sent', end], doc.status)
    }
    case 'order':
      if (doc.status === 'cancelled') return at(['draft', 'cancelled'], 'cancelled')
      return at(['draft', 'confirmed', 'partlyDelivered', 'delivered', 'invoiced'], doc.status)
    case 'delivery':
      return at(['draft', 'shipped'], doc.status)
    case 'creditNote':
      return at(['draft', 'validated'], doc.status)
    default: {
      const steps = ['draft', 'validated', 'partlyPaid', 'paid']
      if (doc.status === 'draft' || !settlement) return at(steps, doc.status)
      if (settlement.state === 'paid') return at(steps, 'paid')
      return at(steps, settlement.paidCents > 0 ? 'partlyPaid' : 'validated')
    }
  }
}
