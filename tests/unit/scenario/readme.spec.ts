import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { CheckSchema, TimelineEventSchema } from '@/scenario'

const readme = readFileSync('scenarios/README.md', 'utf8')
const kindsOf = (schema: { options: readonly { shape: { kind: { value: string } } }[] }) => schema.options.map((option) => option.shape.kind.value)

describe('scenarios/README.md for trainers', () => {
  it('documents every check kind with an example, French first', () => {
    const english = readme.indexOf('# Writing a Comptoir scenario (English)')
    expect(english).toBeGreaterThan(0)
    for (const kind of kindsOf(CheckSchema as never)) {
      const french = readme.indexOf(`kind: ${kind}`)
      expect(french, kind).toBeGreaterThan(0)
      expect(french, kind).toBeLessThan(english)
      expect(readme.indexOf(`\`${kind}\``, english), kind).toBeGreaterThan(english)
    }
  })

  it('documents every timeline event kind', () => {
    for (const kind of kindsOf(TimelineEventSchema as never)) expect(readme, kind).toContain(`kind: ${kind}`)
  })

  it('holds YAML examples that parse (elisions {…} and [...] read as empty)', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!.replaceAll('{…}', '{}').replaceAll('[...]', '[]'))
    expect(blocks.length).toBeGreaterThan(15)
    for (const block of blocks) expect(parseDocument(block, { uniqueKeys: true }).errors.map((e) => e.code), block).toEqual([])
  })
})
