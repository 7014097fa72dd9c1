import type { CommandDefinition, CommandResult } from '@/commands/command'
import type { Reason } from '@/db/types'
import type { MentionIssue } from '@/domain'
import { useWorkspaceStore } from '@/stores/workspace'

/** The sales commands the document page runs, by their short name (journal name `sales.<name>`). */
export type SalesCommandName =
  | 'sendQuote' | 'acceptQuote' | 'refuseQuote' | 'expireQuote' | 'duplicateQuote' | 'reviseQuote'
  | 'createOrder' | 'cancelOrder' | 'createDelivery' | 'createDownPayment'
  | 'createInvoice' | 'updateInvoiceDraft' | 'validateInvoice' | 'discardDraft'
  | 'createCreditNote' | 'validateCreditNote' | 'receiveReturn'

type Loaded = Record<SalesCommandName, CommandDefinition<unknown, Record<string, unknown>>>

// The commands carry their zod schemas: loaded when the learner first acts, not with the page.
async function loadCommands(): Promise<Loaded> {
  const [quotes, orders, invoices, credits] = await Promise.all([
    import('@/commands/sales/quotes'), import('@/commands/sales/orders'), import('@/commands/sales/invoices'), import('@/commands/sales/credit-notes'),
  ])
  return { ...quotes, ...orders, ...invoices, ...credits } as unknown as Loaded
}

/** Runs a sales command on the open workspace; the result says what was created or why it was refused. */
export function useSalesCommands() {
  const workspace = useWorkspaceStore()
  return async function run(name: SalesCommandName, input: unknown): Promise<CommandResult<Record<string, unknown>>> {
    const commands = await loadCommands()
    return workspace.run(commands[name], input)
  }
}

/** The mentions checker's verdict on a draft, or why it could not run (no company settings…). */
export type MentionsVerdict = { ok: true; issues: MentionIssue[] } | { ok: false; reason: Reason }

/** What validating the draft `docId` on `simDate` would still miss (read-only; the validation runs the same check). */
export async function previewMentions(docId: string, simDate: string): Promise<MentionsVerdict> {
  const db = useWorkspaceStore().db
  if (!db) return { ok: false, reason: { key: 'workspaces.errors.noneOpen' } }
  const { validationPreview } = await import('@/commands/sales/validation')
  try {
    return { ok: true, issues: await validationPreview(db, docId, simDate) }
  } catch (error) {
    if (error && typeof error === 'object' && 'reason' in error) return { ok: false, reason: (error as { reason: Reason }).reason }
    throw error
  }
}
