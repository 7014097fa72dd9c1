/**
 * The competence catalogues scenarios map to, copied as data from the shared referentials: the ACom
 * 2025 REAC (TP-01285: 8 competences, 31 criteria, and 3 transversal competences with 5 criteria) and
 * two neighbouring certifications (RNCP 6568, ASCOM) whose blocks a scenario may also name.
 * Criterion ids (`CP4.1`, `CT2.2`…) are stable: scenario files and result files use them.
 */
import acomData from './acom-2025.json'
import rncpData from './rncp-6568.json'
import ascomData from './ascom.json'

/** One evaluation criterion of the REAC ("Les dates, délais et échéances sont respectés"). */
export interface Criterion {
  readonly id: string
  readonly label: string
}

/** A competence (CP1…CP8) or a transversal competence (CT1…CT3) and its criteria. */
export interface Competence {
  readonly id: string
  readonly title: string
  readonly summary?: string
  readonly knowledge?: readonly string[]
  readonly criteria: readonly Criterion[]
}

/** An activity type (AT1, AT2), certified by its own CCP. */
export interface Activity {
  readonly id: string
  readonly ccp: string
  readonly title: string
  readonly competences: readonly Competence[]
}

/** The ACom 2025 referential as stored in `acom-2025.json`. */
export interface AcomReferential {
  readonly id: 'acom-2025'
  readonly title: string
  readonly code: string
  readonly version: string
  readonly level: string
  readonly activities: readonly Activity[]
  readonly transversal: readonly Competence[]
}

/** A block of a neighbouring certification (RNCP 6568, ASCOM). */
export interface CertificationBlock {
  readonly id: string
  readonly title: string
}

/** A neighbouring certification a scenario may also map to, by block. */
export interface OtherReferential {
  readonly id: OtherReferentialId
  readonly title: string
  readonly blocks: readonly CertificationBlock[]
}

export type OtherReferentialId = 'rncp-6568' | 'ascom'

/** A criterion with the competence it belongs to. */
export interface CriterionEntry extends Criterion {
  readonly competenceId: string
  readonly transversal: boolean
}

/** The ACom 2025 REAC (TP-01285). */
export const ACOM: AcomReferential = acomData as AcomReferential

/** The professional competences CP1…CP8, in the REAC's order. */
export const ACOM_PROFESSIONAL_COMPETENCES: readonly Competence[] = ACOM.activities.flatMap((activity) => activity.competences)

/** Every competence: CP1…CP8 then CT1…CT3. */
export const ACOM_COMPETENCES: readonly Competence[] = [...ACOM_PROFESSIONAL_COMPETENCES, ...ACOM.transversal]

/** Every criterion with its competence, in the REAC's order (31 professional, then 5 transversal). */
export const ACOM_CRITERIA: readonly CriterionEntry[] = ACOM_COMPETENCES.flatMap((competence) =>
  competence.criteria.map((criterion) => ({ ...criterion, competenceId: competence.id, transversal: competence.id.startsWith('CT') })),
)

const criterionIndex = new Map(ACOM_CRITERIA.map((criterion) => [criterion.id, criterion]))
const competenceIndex = new Map(ACOM_COMPETENCES.map((competence) => [competence.id, competence]))

/** The criterion `id` (`CP1.2`), or undefined when the REAC has none. */
export function acomCriterion(id: string): CriterionEntry | undefined {
  return criterionIndex.get(id)
}

/** The competence `id` (`CP1`, `CT2`), or undefined. */
export function acomCompetence(id: string): Competence | undefined {
  return competenceIndex.get(id)
}

/** True when `id` is a criterion of the ACom 2025 REAC. */
export function isAcomCriterion(id: string): boolean {
  return criterionIndex.has(id)
}

function blocksOf(data: { id: string; title: string; blocks: { id: string; title: string }[] }, id: OtherReferentialId): OtherReferential {
  return { id, title: data.title, blocks: data.blocks.map((block) => ({ id: block.id, title: block.title })) }
}

/** RNCP 6568 and ASCOM, by id: their blocks only (their criteria have no stable ids). */
export const OTHER_REFERENTIALS: Readonly<Record<OtherReferentialId, OtherReferential>> = {
  'rncp-6568': blocksOf(rncpData, 'rncp-6568'),
  ascom: blocksOf(ascomData, 'ascom'),
}

/** Ids of the neighbouring certifications, for the scenario schema. */
export const OTHER_REFERENTIAL_IDS: readonly OtherReferentialId[] = ['rncp-6568', 'ascom']

/** True when `referential` has a block `block` (`B2`). */
export function isKnownBlock(referential: OtherReferentialId, block: string): boolean {
  return OTHER_REFERENTIALS[referential].blocks.some((candidate) => candidate.id === block)
}
