import type { CarrierRate, ShippingZone, Tier, TransportMode } from '@/domain'
import { contact, fr, frenchIds } from './helpers'

/** One rate line: service, mode, zone, lead time (calendar days), g CO₂e per t·km, and [kg, cents HT] bands. */
function rate(service: string, mode: TransportMode, zone: ShippingZone, leadTimeDays: number, co2GramsPerTonneKm: number, bands: [number, number][]): CarrierRate {
  return { service, mode, zone, leadTimeDays, co2GramsPerTonneKm, bands: bands.map(([upToKg, priceCents]) => ({ upToKg, priceCents })) }
}

/**
 * Four carriers, one per transport mode a quote may offer. CO₂e factors are orders of magnitude of
 * the ADEME Base Carbone per tonne-km (DOMAIN-FR §7: heavy truck ≈ 80 g, French electric rail a few g,
 * container ship 10–20 g; vans doing parcel rounds emit several times a heavy truck's figure), to show
 * the greenhouse-gas information owed on a transport service (C. transports L1431-3). Each has a rate
 * card by service and zone (mainland France, EU, world): the carrier comparison prices a shipment
 * from it; the figures are plausible 2026 list prices HT, not a real carrier's.
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
      rates: [
        rate('Messagerie express 24 h', 'road', 'france', 1, 160, [[30, 3_900], [100, 9_800], [300, 21_500]]),
        rate('Messagerie 48 h', 'road', 'france', 2, 160, [[30, 2_500], [100, 6_500], [300, 15_000]]),
        rate('Messagerie 48 h', 'road', 'eu', 4, 160, [[30, 4_500], [100, 12_000], [300, 28_000]]),
      ],
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
      rates: [
        rate('Palette 24/48 h', 'road', 'france', 2, 80, [[300, 9_500], [1_000, 18_000], [3_000, 42_000]]),
        rate('Palette 24/48 h', 'road', 'eu', 4, 80, [[300, 22_000], [1_000, 34_000], [3_000, 85_000]]),
        rate('Lot complet semi-remorque', 'road', 'eu', 3, 80, [[24_000, 210_000]]),
      ],
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
      services: ['Colis 24 h à domicile', 'Colis en point relais', 'Colis international Europe', 'Express aérien international'],
      co2GramsPerTonneKm: 300,
      pricePerKgCents: 95,
      rates: [
        rate('Colis 24 h à domicile', 'parcel', 'france', 1, 300, [[5, 900], [30, 1_900]]),
        rate('Colis en point relais', 'parcel', 'france', 3, 250, [[5, 590], [30, 1_290]]),
        rate('Colis international Europe', 'parcel', 'eu', 4, 300, [[5, 1_900], [30, 4_200]]),
        rate('Colis international Europe', 'parcel', 'world', 8, 300, [[5, 4_900], [30, 11_900]]),
        // Air freight: 500–1 000 g per t·km (DOMAIN-FR §7), the lever to avoid.
        rate('Express aérien international', 'air', 'eu', 1, 700, [[30, 15_000], [100, 38_000], [500, 120_000]]),
        rate('Express aérien international', 'air', 'world', 2, 700, [[30, 29_000], [100, 75_000], [500, 210_000]]),
      ],
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
      rates: [
        rate('Transport combiné rail-route', 'railRoad', 'france', 4, 20, [[1_000, 24_000], [5_000, 52_000]]),
        rate('Transport combiné rail-route', 'railRoad', 'eu', 6, 20, [[1_000, 36_000], [5_000, 69_000]]),
        // Container ship: 10–20 g per t·km (DOMAIN-FR §7).
        rate('Fret maritime conteneur (FCL/LCL)', 'sea', 'world', 35, 15, [[1_000, 85_000], [5_000, 180_000]]),
      ],
    },
  },
]
