/**
 * What the pack's tests assert on a grade report: a right attempt passes every automatic check; a
 * typical mistake misses the named check(s) only, each with its `miss` feedback from the file.
 */
import { expect } from 'vitest'
import type { CheckResult, GradeReport, Scenario } from '@/scenario'

/** Every automatic check passed (a miss is shown with its reason and evidence). */
export function expectAllPassed(report: GradeReport): void {
  expect(report.checks.filter((check) => !check.passed).map((check) => ({ id: check.id, miss: check.miss, evidence: check.evidence }))).toEqual([])
  expect(report.automatic.ratio).toBe(1)
}

/** Exactly `ids` missed, each with the file's miss feedback; returns the first one's result. */
export function expectMissedOnly(scenario: Scenario, report: GradeReport, ...ids: string[]): CheckResult {
  expect(report.checks.filter((check) => !check.passed).map((check) => check.id).sort()).toEqual([...ids].sort())
  for (const id of ids) {
    const missed = report.checks.find((check) => check.id === id)!
    expect(missed.feedback).toEqual(scenario.checks!.find((check) => check.id === id)!.feedback.miss)
  }
  return report.checks.find((check) => check.id === ids[0])!
}
