import { liveQuery, type Subscription } from 'dexie'
import { onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'

/**
 * A Dexie live query as a Vue ref. Re-runs when the data changes, in this tab or another one (Dexie
 * broadcasts writes between tabs), and when `source` changes (e.g. the open workspace).
 */
export function useLiveQuery<S, T>(
  source: WatchSource<S>,
  querier: (value: S) => Promise<T> | T,
  initial: T,
  onError?: (error: unknown) => void,
): ShallowRef<T> {
  const result = shallowRef<T>(initial)
  let subscription: Subscription | undefined
  watch(source, (value) => {
    subscription?.unsubscribe()
    result.value = initial
    subscription = liveQuery(() => querier(value)).subscribe({
      next: (next) => { result.value = next },
      error: (error) => onError?.(error),
    })
  }, { immediate: true })
  onScopeDispose(() => subscription?.unsubscribe())
  return result
}
