import type { Salesperson } from '@/domain'

/**
 * Five salespeople whose regions cover every customer region. `objectives` stays empty: the history
 * generator dates the objectives relative to the workspace from {@link BASE_MONTHLY_TARGET_CENTS}.
 */
export const SALESPEOPLE: Salesperson[] = [
  {
    id: 'SP1',
    firstName: 'Julien',
    lastName: 'Morel',
    email: 'julien.morel@confluence-bureau.example',
    regions: ['Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté'],
    objectives: [],
  },
  {
    id: 'SP2',
    firstName: 'Sophie',
    lastName: 'Laurent',
    email: 'sophie.laurent@confluence-bureau.example',
    regions: ['Île-de-France', 'Centre-Val de Loire', 'Normandie'],
    objectives: [],
  },
  {
    id: 'SP3',
    firstName: 'Karim',
    lastName: 'Benali',
    email: 'karim.benali@confluence-bureau.example',
    regions: ['Bretagne', 'Pays de la Loire', 'Nouvelle-Aquitaine'],
    objectives: [],
  },
  {
    id: 'SP4',
    firstName: 'Élodie',
    lastName: 'Ferrand',
    email: 'elodie.ferrand@confluence-bureau.example',
    regions: ['Provence-Alpes-Côte d\'Azur', 'Occitanie', 'Corse'],
    objectives: [],
  },
  {
    id: 'SP5',
    firstName: 'Thomas',
    lastName: 'Keller',
    email: 'thomas.keller@confluence-bureau.example',
    regions: ['Grand Est', 'Hauts-de-France', 'EU', 'International'],
    objectives: [],
  },
]

/**
 * Base monthly sales objective (CA HT, cents) of each salesperson, before seasonality: the history
 * generator turns it into dated `objectives` (e.g. × a month coefficient, + a yearly growth target).
 * About 5 % above the yearly volumes of `CUSTOMER_HISTORY_HINTS` (2.1 M€ HT a year for the company).
 */
export const BASE_MONTHLY_TARGET_CENTS: Readonly<Record<string, number>> = {
  SP1: 3_100_000,
  SP2: 2_700_000,
  SP3: 3_400_000,
  SP4: 4_200_000,
  SP5: 5_000_000,
}
