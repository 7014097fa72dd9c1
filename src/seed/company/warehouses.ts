import type { Warehouse } from '@/domain'

/** The head office's warehouse in Lyon and the regional depot serving Paris and the north-west. */
export const WAREHOUSES: Warehouse[] = [
  {
    id: 'W1',
    name: 'Entrepôt de Lyon Gerland',
    address: { line1: '112 rue de Gerland', line2: 'Quai 4', postalCode: '69007', city: 'Lyon', country: 'FR' },
  },
  {
    id: 'W2',
    name: 'Dépôt Île-de-France Gennevilliers',
    address: { line1: '8 route du Port', line2: 'Bâtiment C', postalCode: '92230', city: 'Gennevilliers', country: 'FR' },
  },
]

/** Which warehouse ships to a customer region by default (the history generator and order forms use it). */
export const WAREHOUSE_BY_REGION: Readonly<Record<string, string>> = {
  'Auvergne-Rhône-Alpes': 'W1',
  'Bourgogne-Franche-Comté': 'W1',
  'Provence-Alpes-Côte d\'Azur': 'W1',
  Occitanie: 'W1',
  Corse: 'W1',
  'Grand Est': 'W1',
  EU: 'W1',
  International: 'W1',
  'Île-de-France': 'W2',
  'Centre-Val de Loire': 'W2',
  Normandie: 'W2',
  'Hauts-de-France': 'W2',
  Bretagne: 'W2',
  'Pays de la Loire': 'W2',
  'Nouvelle-Aquitaine': 'W2',
}
