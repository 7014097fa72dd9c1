import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/all-messages'
import { AREAS } from '@/router/areas'

type Tree = { [key: string]: string | Tree }
const { fr, en } = messages

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
const frKeys = flatten(fr as Tree)
const enKeys = flatten(en as Tree)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

describe('locale files: French first, English complete', () => {
  it('hold exactly the same keys', () => {
    expect([...enKeys.keys()].filter((k) => !frKeys.has(k))).toEqual([])
    expect([...frKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([])
  })

  it('use the same {{placeholders}} in both languages', () => {
    const mismatched = [...frKeys].filter(([key, text]) => placeholders(text).join() !== placeholders(enKeys.get(key) ?? '').join())
    expect(mismatched.map(([key]) => key)).toEqual([])
  })

  it('have no empty text', () => {
    expect([...frKeys, ...enKeys].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([])
  })

  it('keep keys sorted within each namespace, so merges stay readable', () => {
    const unsorted: string[] = []
    const walk = (tree: Tree, path: string) => {
      const keys = Object.keys(tree)
      if (keys.join() !== [...keys].sort().join()) unsorted.push(path || '(root)')
      for (const [k, v] of Object.entries(tree)) if (typeof v !== 'string') walk(v, path ? `${path}.${k}` : k)
    }
    // The root order depends on the merge of feature files; each namespace is sorted in its file.
    for (const tree of [fr, en]) for (const [k, v] of Object.entries(tree)) if (typeof v !== 'string') walk(v, k)
    expect(unsorted).toEqual([])
  })

  it('define every literal key the source code translates', () => {
    const missing: string[] = []
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (!frKeys.has(match[1]!)) missing.push(`${file}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('define the keys built at run time (areas, outcomes, kinds, storage errors, input problems)', () => {
    const dynamic = [
      ...AREAS.flatMap((a) => [`areas.${a.id}.title`, `areas.${a.id}.purpose`, ...(a.ready ? [] : [`areas.${a.id}.coming`])]),
      'areas.notFound.title',
      ...['done', 'refused'].map((o) => `journal.outcome.${o}`),
      ...['learner', 'scenario', 'system'].map((a) => `journal.actor.${a}`),
      ...['practice', 'scenario'].map((k) => `workspaces.kind.${k}`),
      ...['quota', 'unavailable', 'blocked', 'versionChanged', 'corrupt', 'noClock', 'unknown'].map((k) => `storage.${k}`),
      ...['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys', 'other'].map((k) => `command.invalid.${k}`),
      ...['clock.advance', 'workspace.seed'].map((c) => `commands.${c}`),
      ...['fr', 'en'].map((l) => `languages.${l}`),
    ]
    expect(dynamic.filter((key) => !frKeys.has(key))).toEqual([])
  })
})
