/** Messages between the page and the seeding worker. */
export interface SeedRequest {
  workspaceId: string
  startDate: string
  size: 'standard' | 'large'
}

export type SeedWorkerMessage =
  | { type: 'progress'; phase: 'generate' | 'write' | 'done'; done: number; total: number }
  | { type: 'done'; company: string; records: number }
  | { type: 'error'; message: string }
