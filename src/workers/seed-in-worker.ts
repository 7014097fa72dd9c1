import type { SeedRequest, SeedWorkerMessage } from './seed-protocol'

/**
 * Seeds a workspace's company in a Web Worker and resolves with the company's name and record count.
 * Progress is relayed to `onProgress`; a failure in the worker rejects (the caller deletes the database).
 */
export function seedCompanyInWorker(
  workspaceId: string, startDate: string, size: SeedRequest['size'],
  onProgress?: (progress: { phase: 'generate' | 'write' | 'done'; done: number; total: number }) => void,
): Promise<{ name: string; records: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<SeedWorkerMessage>) => {
      const message = event.data
      if (message.type === 'progress') onProgress?.({ phase: message.phase, done: message.done, total: message.total })
      else {
        worker.terminate()
        if (message.type === 'done') resolve({ name: message.company, records: message.records })
        else reject(new Error(message.message))
      }
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'seed worker failed'))
    }
    worker.postMessage({ workspaceId, startDate, size } satisfies SeedRequest)
  })
}
