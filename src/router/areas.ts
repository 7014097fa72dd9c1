/**
 * The business areas of the navigation, in the order a learner meets them. `ready: false` areas show an
 * honest "coming" page until their feature lands.
 */
export interface Area {
  id: string
  path: string
  ready: boolean
}

export const AREAS: readonly Area[] = [
  { id: 'home', path: '/', ready: true },
  { id: 'company', path: '/entreprise', ready: true },
  { id: 'tiers', path: '/tiers', ready: true },
  { id: 'sales', path: '/ventes', ready: true },
  { id: 'stock', path: '/stock-achats', ready: true },
  { id: 'recovery', path: '/recouvrement', ready: true },
  { id: 'statistics', path: '/statistiques', ready: true },
  { id: 'messages', path: '/messagerie', ready: true },
  { id: 'scenarios', path: '/scenarios', ready: true },
  { id: 'activity', path: '/activite', ready: true },
  { id: 'workspaces', path: '/espaces', ready: true },
]
