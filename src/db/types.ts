/** What a message shown to the learner needs: an i18n key and the values it interpolates. */
export interface Reason {
  key: string
  values?: Record<string, string | number>
}

export type Outcome = 'done' | 'refused'

/** Who acted: the learner (named in a scenario attempt), the scenario engine, or the system. */
export interface Actor {
  kind: 'learner' | 'scenario' | 'system'
  name?: string
}

/** One line of the append-only journal: every command, accepted or refused. */
export interface JournalEntry {
  seq?: number
  command: string
  /** Simulated date when the command ran ('YYYY-MM-DD'). */
  simDate: string
  /** Wall-clock time (ISO), for the trainer only: nothing computes with it. */
  wallTime: string
  actor: Actor
  /** What the learner asked for, summarised (no large blobs). */
  input: Record<string, unknown>
  outcome: Outcome
  /** Short summary of what changed (ids, new values) when done. */
  result?: Record<string, unknown>
  /** Why it was refused, as an i18n key with its figures. */
  reason?: Reason
}

export interface MetaRecord<T = unknown> {
  key: string
  value: T
}

export interface ClockState {
  date: string
}

export type ScheduledStatus = 'pending' | 'fired' | 'orphaned'

/** Something that happens when the simulated clock reaches `dueDate` (a scenario event, a deadline…). */
export interface ScheduledEvent {
  id?: number
  dueDate: string
  kind: string
  payload: Record<string, unknown>
  status: ScheduledStatus
  firedOn?: string
}

export type WorkspaceKind = 'practice' | 'scenario'

/** A workspace as the registry knows it: one IndexedDB database per attempt or free practice. */
export interface WorkspaceRecord {
  id: string
  name: string
  kind: WorkspaceKind
  scenarioId?: string
  /** Simulated start date the workspace is (re)seeded with. */
  startDate: string
  /**
   * Size of the built-in company's history it is (re)seeded with ('none': an empty company). Records
   * written before the company existed have none and get the standard company on reset.
   */
  companySize?: 'standard' | 'large' | 'none'
  createdAt: string
  lastOpenedAt: string
}
