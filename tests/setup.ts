// Real IndexedDB semantics in Node: Dexie runs on fake-indexeddb in every Vitest file.
import 'fake-indexeddb/auto'
