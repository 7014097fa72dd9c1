import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useClockStore } from './clock'
import { useLiveQuery } from '@/composables/use-live-query'
import { listMessages, pendingFollowUps } from '@/db/queries/messages'
import type { Message } from '@/domain/model'
import type { AddNoteInput, LogActivityInput, SendMessageInput } from '@/commands/messages'

/** The open workspace's messages and activities (live), the unread count and the follow-ups to do. */
export const useMessagesStore = defineStore('messages', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const clock = useClockStore()
  const messages = useLiveQuery(db, (d) => (d ? listMessages(d) : []), [] as Message[], workspace.reportStorageError)
  const byId = computed(() => new Map(messages.value.map((m) => [m.id, m])))
  const unread = computed(() => messages.value.filter((m) => m.direction === 'in' && !m.read).length)
  const followUps = computed(() => (clock.date ? pendingFollowUps(messages.value, clock.date) : []))

  // The commands carry their zod schemas: loaded on first use, not with the page.
  const commands = () => import('@/commands/messages')
  const send = async (input: SendMessageInput) => workspace.run((await commands()).sendMessage, input)
  const logActivity = async (input: LogActivityInput) => workspace.run((await commands()).logActivity, input)
  const addNote = async (input: AddNoteInput) => workspace.run((await commands()).addNote, input)
  const markRead = async (id: string, read = true) => workspace.run((await commands()).markRead, { id, read })

  return { messages, byId, unread, followUps, send, logActivity, addNote, markRead }
})
