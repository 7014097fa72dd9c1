import type { ProductFamily } from '@/domain'

/** The eight product families of the catalogue (statistics group sales by family). */
export const FAMILIES: ProductFamily[] = [
  { id: 'F01', name: { fr: 'Mobilier de bureau', en: 'Office furniture' } },
  { id: 'F02', name: { fr: 'Sièges', en: 'Seating' } },
  { id: 'F03', name: { fr: 'Fournitures de bureau', en: 'Office supplies' } },
  { id: 'F04', name: { fr: 'Informatique et accessoires', en: 'IT equipment and accessories' } },
  { id: 'F05', name: { fr: 'Impression et consommables', en: 'Printing and consumables' } },
  { id: 'F06', name: { fr: 'Pause et accueil', en: 'Break room and reception' } },
  { id: 'F07', name: { fr: 'Livres et guides pratiques', en: 'Books and practical guides' } },
  { id: 'F08', name: { fr: 'Services', en: 'Services' } },
]
