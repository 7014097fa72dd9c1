/**
 * The trainer's rubric grades of the class view, kept in this browser's localStorage (not in a
 * workspace: they belong to the trainer, not to a learner's attempt), so they survive a reload.
 * A full quota or a private window keeps them for the visit only.
 */
import { ref } from 'vue'
import { readStoredGrades, withGrade, type TrainerGrades } from '@/scenario/class-report'

export const CLASS_GRADES_KEY = 'comptoir.scenarioClass.grades.v1'

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

function load(): TrainerGrades {
  try {
    const text = storage()?.getItem(CLASS_GRADES_KEY)
    return text ? readStoredGrades(JSON.parse(text)) : {}
  } catch {
    return {}
  }
}

export function useClassGrades() {
  const grades = ref<TrainerGrades>(load())
  function set(key: string, itemId: string, points: number | null) {
    grades.value = withGrade(grades.value, key, itemId, points)
    try {
      storage()?.setItem(CLASS_GRADES_KEY, JSON.stringify(grades.value))
    } catch {
      // Full quota or private mode: the grade still counts for this visit.
    }
  }
  return { grades, set }
}
