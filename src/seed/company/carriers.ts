import type { Tier } from '@/domain'
import { contact, fr, frenchIds } from './helpers'

/**
 * Four carriers, one per transport mode a quote may offer. CO₂e factors are orders of magnitude of
 * the ADEME Base Carbone per tonne-km (DOMAIN-FR §7: heavy truck ≈ 80 g, French electric rail a few g,
 * container ship 10–20 g; vans doing parcel rounds emit several times a heavy truck's figure), to show
 * the greenhouse-gas information owed on a transport service (C. transports L1431-3).
 */
export const CARRIERS: Tier[] = [
  {
    id: 'T001',
    kind: 'carrier',
    legal: 'company',
    name: 'Rhône Express Messagerie',
    ...frenchIds('871075669'),
    billingAddress: fr('15 rue du Mâconnais', '69330', 'Meyzieu'),
    deliveryAddresses: [],
    contacts: [contact('T001', 1, 'Mme', 'Audrey', 'Chevalier', 'Service clients', 'fr', 'clients@rhone-express.example', '04 72 55 40 10')],
    language: 'fr',
    region: 'Auvergne-Rhône-Alpes',
    createdOn: '2012-03-01',
    carrier: {
      services: ['Messagerie express 24 h', 'Messagerie 48 h', 'Livraison sur rendez-vous'],
      co2GramsPerTonneKm: 160,
      pricePerKgCents: 45,
    },
  },
  {
    id: 'T002',
    kind: 'carrier',
    legal: 'company',
    name: 'Transports Vial Palettes',
    ...frenchIds('693774507'),
    billingAddress: fr('ZAC des Platières, 2 rue des Transporteurs', '38670', 'Chasse-sur-Rhône'),
    deliveryAddresses: [],
    contacts: [contact('T002', 1, 'M.', 'Stéphane', 'Vial', 'Exploitation', 'fr', 'exploitation@vial-palettes.example', '04 78 55 73 22')],
    language: 'fr',
    region: 'Auvergne-Rhône-Alpes',
    createdOn: '2012-03-01',
    carrier: {
      services: ['Palette 24/48 h', 'Lot partiel', 'Lot complet semi-remorque', 'Hayon élévateur'],
      co2GramsPerTonneKm: 80,
      pricePerKgCents: 18,
    },
  },
  {
    id: 'T003',
    kind: 'carrier',
    legal: 'company',
    name: 'ColiVite',
    ...frenchIds('289385056'),
    billingAddress: fr('1 rue de la Belle Étoile', '95700', 'Roissy-en-France'),
    deliveryAddresses: [],
    contacts: [contact('T003', 1, 'M.', 'Nicolas', 'Giraudet', 'Responsable comptes professionnels', 'fr', 'pro@colivite.example', '01 48 55 20 90')],
    language: 'fr',
    region: 'Île-de-France',
    createdOn: '2017-05-15',
    carrier: {
      services: ['Colis 24 h à domicile', 'Colis en point relais', 'Colis international Europe'],
      co2GramsPerTonneKm: 300,
      pricePerKgCents: 95,
    },
  },
  {
    id: 'T004',
    kind: 'carrier',
    legal: 'company',
    name: 'Fret Multimodal Rhône-Méditerranée',
    ...frenchIds('106027212'),
    billingAddress: fr('Port Édouard Herriot, 8 rue de Dunkerque', '69007', 'Lyon'),
    deliveryAddresses: [],
    contacts: [contact('T004', 1, 'Mme', 'Inès', 'Carvalho', 'Commissionnaire de transport — import/export', 'fr', 'ines.carvalho@fret-multimodal.example', '04 72 55 86 31')],
    language: 'fr',
    region: 'Auvergne-Rhône-Alpes',
    createdOn: '2019-04-23',
    carrier: {
      services: ['Transport combiné rail-route', 'Fret fluvial Rhône-Saône', 'Fret maritime conteneur (FCL/LCL)', 'Dédouanement import/export'],
      co2GramsPerTonneKm: 20,
      pricePerKgCents: 12,
    },
  },
]
