/**
 * The texts of the scenario screens and commands exist in both languages: every literal
 * 'scenario-play.…' and 'scenario-class.…' key of their code (the shared locale test's pattern stops at the hyphen), and the
 * keys they build at run time from a closed set (levels, miss reasons, statuses, evidence kinds,
 * refusals of answers, loads, starts and result files).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/all-messages'
import { SCENARIO_EVENT_COMMANDS } from '@/commands/scenario-events'

type Tree = { [key: string]: string | Tree }

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string'
}

const FILES = [
  ...readdirSync('src/components/scenario', { recursive: true, encoding: 'utf8' }).filter((name) => /\.(vue|ts)$/.test(name)).map((name) => join('src/components/scenario', name)),
  ...readdirSync('src/pages').filter((name) => name.startsWith('Scenario')).map((name) => join('src/pages', name)),
  ...readdirSync('src/stores').filter((name) => name.startsWith('scenario-')).map((name) => join('src/stores', name)),
  ...readdirSync('src/commands').filter((name) => name.startsWith('scenario')).map((name) => join('src/commands', name)),
  ...readdirSync('src/db').filter((name) => name.startsWith('scenario-')).map((name) => join('src/db', name)),
  'src/scenario/result-file.ts',
  'src/scenario/class-report.ts',
]

const each = (prefix: string, ids: readonly string[]) => ids.map((id) => `${prefix}.${id}`)
const DECIMAL_ERRORS = ['empty', 'notANumber', 'tooManyDecimals', 'negative']
const DYNAMIC = [
  ...each('scenario-play.answer.label', ['amount', 'number', 'choice', 'checklist', 'text']),
  ...each('scenario-play.errors.amount', DECIMAL_ERRORS),
  ...each('scenario-play.errors.number', DECIMAL_ERRORS),
  ...each('scenario-play.evidence.collection', ['salesDocs', 'tiers', 'products', 'payments', 'messages', 'purchaseDocs', 'stockMoves', 'gdprRequests', 'priceAgreements']),
  ...each('scenario-play.evidence.channel', ['email', 'phone', 'letter', 'meeting', 'note']),
  ...each('scenario-play.evidence.none', ['record', 'command', 'message', 'answer']),
  ...each('scenario-play.level', ['beginner', 'intermediate', 'advanced']),
  ...each('scenario-play.load.errors', ['notInPack', 'tooLarge', 'unreadable', 'badUrl', 'timeout', 'network', 'httpStatus']),
  ...each('scenario-play.referential', ['rncp-6568', 'ascom']),
  ...each('scenario-play.report.criterionStatus', ['evidenced', 'partly', 'notYet', 'trainerOnly']),
  ...each('scenario-play.report.miss', [
    'notFound', 'countOutOfRange', 'valueDiffers', 'happened', 'firstMissing', 'thenMissing', 'wrongOrder', 'factsMissing', 'wrongLanguage',
    'wrongChannel', 'noAnswer', 'wrongAnswer', 'itemsMissing', 'forbiddenItems', 'childrenMissed', 'conditionHeld',
  ]),
  ...each('scenario-play.result.errors', ['notJson', 'notAResultFile', 'unknownVersion', 'newerVersion', 'olderVersion', 'incomplete', 'noChecksum', 'checksumMismatch']),
  ...each('scenario-play.start.errors', ['idTaken', 'referenceTaken', 'unknownTier', 'unknownProduct', 'unknownCustomer', 'unknownDocument', 'senderRequired', 'unknownWarehouse']),
  ...each('scenario-class.status', ['evidenced', 'partly', 'notYet', 'trainerOnly']),
  ...each('scenario-class.import.errors', ['tooLarge', 'unreadable']),
  ...each('commands.scenario', ['answer', 'submit', 'start']),
  ...Object.values(SCENARIO_EVENT_COMMANDS).map((command) => `commands.${command}`),
  ...each('command', ['attemptSubmitted', 'beyondLastDay', 'clockLocked', 'scenarioRecordMissing']),
]

describe('scenario-play texts', () => {
  it('define every literal key the scenario screens and commands use, in both languages', () => {
    const keys = new Set<string>()
    for (const file of FILES) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(scenario-(?:play|class)\.[\w.-]+)'/g)) keys.add(match[1]!)
    }
    expect(keys.size).toBeGreaterThan(60)
    for (const language of ['fr', 'en'] as const) {
      expect([...keys].filter((key) => !has(messages[language] as Tree, key))).toEqual([])
    }
  })

  it('define the keys built at run time, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      expect(DYNAMIC.filter((key) => !has(messages[language] as Tree, key))).toEqual([])
    }
  })
})
