import type { Address, Contact, PaymentMethod, PaymentTerms, SalesChannel, Tier, VatRegime } from '@/domain'
import { abroad, contact, fr, frenchIds } from './helpers'

const NET30: PaymentTerms = { kind: 'net', days: 30 }
const NET45: PaymentTerms = { kind: 'net', days: 45 }
const NET60: PaymentTerms = { kind: 'net', days: 60 }
const EOM45: PaymentTerms = { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }
const EOM45_AFTER: PaymentTerms = { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' }
const ON_RECEIPT: PaymentTerms = { kind: 'onReceipt' }

interface CustomerSpec {
  id: string
  kind?: 'prospect'
  legal?: 'person'
  name: string
  ids?: { siren?: string; vatNumber?: string }
  billing: Address
  /** Delivery addresses other than the billing address (which always comes first). */
  otherDelivery?: Address[]
  contacts: (id: string) => Contact[]
  language?: Tier['language']
  region: string
  createdOn: string
  channel: SalesChannel
  salespersonId: string
  terms: PaymentTerms
  method: PaymentMethod
  discountPercent: number
  creditLimitEuros: number
  vatRegime?: VatRegime
  notes?: string
}

function customer(spec: CustomerSpec): Tier {
  const tier: Tier = {
    id: spec.id,
    kind: spec.kind ?? 'customer',
    legal: spec.legal ?? 'company',
    name: spec.name,
    ...spec.ids,
    billingAddress: spec.billing,
    deliveryAddresses: [spec.billing, ...(spec.otherDelivery ?? [])],
    contacts: spec.contacts(spec.id),
    language: spec.language ?? 'fr',
    region: spec.region,
    createdOn: spec.createdOn,
    customer: {
      channel: spec.channel,
      salespersonId: spec.salespersonId,
      paymentTerms: spec.terms,
      paymentMethod: spec.method,
      discountPercent: spec.discountPercent,
      creditLimitCents: spec.creditLimitEuros * 100,
      vatRegime: spec.vatRegime ?? 'france',
    },
  }
  if (spec.notes !== undefined) tier.notes = spec.notes
  return tier
}

/** French business customers (B2B): most of the turnover. */
const FRENCH_B2B: Tier[] = [
  customer({
    id: 'C001', name: 'Cabinet Aubry et Associés', ids: frenchIds('867407371'),
    billing: fr('15 cours Lafayette', '69003', 'Lyon'),
    contacts: (id) => [
      contact(id, 1, 'Mme', 'Valérie', 'Aubry', 'Associée gérante', 'fr', 'v.aubry@cabinet-aubry.example', '04 78 55 10 21'),
      contact(id, 2, 'M.', 'Romain', 'Petit', 'Assistant administratif', 'fr', 'r.petit@cabinet-aubry.example', '04 78 55 10 22'),
    ],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2013-04-08', channel: 'direct', salespersonId: 'SP1',
    terms: NET30, method: 'transfer', discountPercent: 5, creditLimitEuros: 30_000,
  }),
  customer({
    id: 'C002', name: 'Grenoble Alpes Ingénierie', ids: frenchIds('398887562'),
    billing: fr('3 avenue du Doyen Louis Weil', '38000', 'Grenoble'),
    otherDelivery: [fr('29 chemin du Vieux Chêne', '38240', 'Meylan', 'Site de Meylan — accueil logistique')],
    contacts: (id) => [
      contact(id, 1, 'M.', 'Frédéric', 'Blanchard', 'Responsable des services généraux', 'fr', 'f.blanchard@ga-ingenierie.example', '04 76 55 32 10'),
      contact(id, 2, 'Mme', 'Chloé', 'Rey', 'Comptable fournisseurs', 'fr', 'compta@ga-ingenierie.example', '04 76 55 32 15'),
    ],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2014-09-15', channel: 'direct', salespersonId: 'SP1',
    terms: EOM45, method: 'transfer', discountPercent: 6, creditLimitEuros: 60_000,
  }),
  customer({
    id: 'C003', name: 'Imprimerie Dauphinoise', ids: frenchIds('897770772'),
    billing: fr('45 avenue de Romans', '26000', 'Valence'),
    contacts: (id) => [contact(id, 1, 'M.', 'Gilles', 'Faure', 'Gérant', 'fr', 'g.faure@imprimerie-dauphinoise.example', '04 75 55 48 02')],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2015-02-02', channel: 'direct', salespersonId: 'SP1',
    terms: NET45, method: 'lcr', discountPercent: 3, creditLimitEuros: 15_000,
  }),
  customer({
    id: 'C004', name: 'Hôtel Les Terrasses de Saône', ids: frenchIds('169496619'),
    billing: fr('2 quai Lamartine', '71000', 'Mâcon'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Isabelle', 'Guichard', 'Directrice', 'fr', 'direction@terrasses-saone.example', '03 85 55 21 40')],
    region: 'Bourgogne-Franche-Comté', createdOn: '2016-05-23', channel: 'direct', salespersonId: 'SP1',
    terms: NET30, method: 'transfer', discountPercent: 2, creditLimitEuros: 8_000,
  }),
  customer({
    id: 'C005', name: 'Laboratoires Bisontins', ids: frenchIds('739634228'),
    billing: fr('18 rue Alain Savary', '25000', 'Besançon', 'Parc scientifique Temis'),
    contacts: (id) => [
      contact(id, 1, 'Mme', 'Martine', 'Vuillemin', 'Acheteuse', 'fr', 'm.vuillemin@labo-bisontins.example', '03 81 55 67 30'),
      contact(id, 2, 'M.', 'Paul', 'Cuenot', 'Directeur administratif et financier', 'fr', 'p.cuenot@labo-bisontins.example', '03 81 55 67 01'),
    ],
    region: 'Bourgogne-Franche-Comté', createdOn: '2012-11-05', channel: 'direct', salespersonId: 'SP1',
    terms: NET60, method: 'transfer', discountPercent: 4, creditLimitEuros: 40_000,
  }),
  customer({
    id: 'C006', name: 'Coworking Les Canuts', ids: frenchIds('883953762'),
    billing: fr('8 rue d\'Austerlitz', '69004', 'Lyon'),
    contacts: (id) => [contact(id, 1, 'M.', 'Maxime', 'Roche', 'Community manager', 'fr', 'bonjour@coworking-canuts.example', '04 78 55 80 64')],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2021-06-14', channel: 'marketplace', salespersonId: 'SP1',
    terms: NET30, method: 'transfer', discountPercent: 2, creditLimitEuros: 6_000,
  }),
  customer({
    id: 'C007', name: 'Agence Pixel et Plume', ids: frenchIds('432546513'),
    billing: fr('27 rue Oberkampf', '75011', 'Paris'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Camille', 'Dupuis', 'Office manager', 'fr', 'camille@pixel-plume.example', '01 43 55 29 77')],
    region: 'Île-de-France', createdOn: '2019-10-01', channel: 'webshop', salespersonId: 'SP2',
    terms: NET30, method: 'card', discountPercent: 0, creditLimitEuros: 3_000,
  }),
  customer({
    id: 'C008', name: 'Nexalia Conseil', ids: frenchIds('452939655'),
    billing: fr('64 rue de Miromesnil', '75008', 'Paris'),
    otherDelivery: [fr('20 avenue André Prothin', '92400', 'Courbevoie', 'Nexalia — bureaux de La Défense, 12e étage')],
    contacts: (id) => [
      contact(id, 1, 'M.', 'Alexandre', 'Marchand', 'Directeur des achats', 'fr', 'a.marchand@nexalia.example', '01 42 55 63 10'),
      contact(id, 2, 'Mme', 'Sarah', 'Cohen', 'Assistante de direction', 'fr', 's.cohen@nexalia.example', '01 42 55 63 12'),
      contact(id, 3, 'M.', 'David', 'Nguyen', 'Comptabilité fournisseurs', 'fr', 'fournisseurs@nexalia.example', '01 42 55 63 40'),
    ],
    region: 'Île-de-France', createdOn: '2012-06-18', channel: 'direct', salespersonId: 'SP2',
    terms: EOM45, method: 'transfer', discountPercent: 8, creditLimitEuros: 80_000,
  }),
  customer({
    id: 'C009', name: 'Kelvio', ids: frenchIds('250211539'),
    billing: fr('12 rue Marceau', '93100', 'Montreuil'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Inès', 'Belkacem', 'Cofondatrice', 'fr', 'ines@kelvio.example', '01 48 55 12 90')],
    region: 'Île-de-France', createdOn: '2024-02-12', channel: 'marketplace', salespersonId: 'SP2',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 4_000,
  }),
  customer({
    id: 'C010', name: 'Horizon Compétences', ids: frenchIds('832837264'),
    billing: fr('6 rue Jeanne d\'Arc', '45000', 'Orléans'),
    contacts: (id) => [contact(id, 1, 'M.', 'Laurent', 'Besnard', 'Directeur du centre de formation', 'fr', 'l.besnard@horizon-competences.example', '02 38 55 44 18')],
    region: 'Centre-Val de Loire', createdOn: '2017-08-28', channel: 'direct', salespersonId: 'SP2',
    terms: NET30, method: 'cheque', discountPercent: 3, creditLimitEuros: 12_000,
  }),
  customer({
    id: 'C011', name: 'Transports Lebrun et Fils', ids: frenchIds('787947597'),
    billing: fr('4 boulevard Maréchal Leclerc', '14000', 'Caen'),
    otherDelivery: [fr('Zone portuaire, 2 rue du Quai', '14550', 'Blainville-sur-Orne', 'Entrepôt — quai 3')],
    contacts: (id) => [contact(id, 1, 'M.', 'Christophe', 'Lebrun', 'Directeur général', 'fr', 'c.lebrun@transports-lebrun.example', '02 31 55 70 42')],
    region: 'Normandie', createdOn: '2013-03-11', channel: 'direct', salespersonId: 'SP2',
    terms: NET45, method: 'lcr', discountPercent: 4, creditLimitEuros: 20_000,
  }),
  customer({
    id: 'C012', name: 'Duval-Lemaire Avocats', ids: frenchIds('218662955'),
    billing: fr('11 rue Jeanne d\'Arc', '76000', 'Rouen'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Agnès', 'Duval', 'Avocate associée', 'fr', 'a.duval@duval-lemaire.example', '02 35 55 18 63')],
    region: 'Normandie', createdOn: '2018-01-22', channel: 'webshop', salespersonId: 'SP2',
    terms: NET30, method: 'transfer', discountPercent: 2, creditLimitEuros: 6_000,
  }),
  customer({
    id: 'C013', name: 'Armor Logistique', ids: frenchIds('879500171'),
    billing: fr('7 rue du Bignon', '35000', 'Rennes'),
    otherDelivery: [fr('Plateforme logistique, 1 rue de la Rigourdière', '35770', 'Vern-sur-Seiche')],
    contacts: (id) => [
      contact(id, 1, 'M.', 'Erwan', 'Le Goff', 'Responsable achats', 'fr', 'e.legoff@armor-logistique.example', '02 99 55 81 20'),
      contact(id, 2, 'Mme', 'Morgane', 'Tanguy', 'Assistante comptable', 'fr', 'compta@armor-logistique.example', '02 99 55 81 25'),
    ],
    region: 'Bretagne', createdOn: '2014-04-14', channel: 'direct', salespersonId: 'SP3',
    terms: EOM45, method: 'transfer', discountPercent: 5, creditLimitEuros: 35_000,
  }),
  customer({
    id: 'C014', name: 'Immobilier Côte d\'Émeraude', ids: frenchIds('553301235'),
    billing: fr('5 rue de Dinan', '35400', 'Saint-Malo'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Gaëlle', 'Hamon', 'Gérante', 'fr', 'contact@immo-emeraude.example', '02 99 55 34 56')],
    region: 'Bretagne', createdOn: '2022-03-07', channel: 'marketplace', salespersonId: 'SP3',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 3_000,
  }),
  customer({
    id: 'C015', name: 'Nantes Atlantique Services Numériques', ids: frenchIds('104093547'),
    billing: fr('22 quai de la Fosse', '44000', 'Nantes'),
    contacts: (id) => [
      contact(id, 1, 'Mme', 'Aurélie', 'Moreau', 'Responsable des moyens généraux', 'fr', 'a.moreau@nasn.example', '02 40 55 90 11'),
      contact(id, 2, 'M.', 'Kevin', 'Jouan', 'Chef de projet informatique', 'fr', 'k.jouan@nasn.example', '02 40 55 90 30'),
    ],
    region: 'Pays de la Loire', createdOn: '2013-10-21', channel: 'direct', salespersonId: 'SP3',
    terms: NET60, method: 'transfer', discountPercent: 7, creditLimitEuros: 70_000,
  }),
  customer({
    id: 'C016', name: 'Maison de santé du Saumurois', ids: frenchIds('884512807'),
    billing: fr('3 rue Beaurepaire', '49400', 'Saumur'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Sylvie', 'Chauvin', 'Secrétaire médicale coordinatrice', 'fr', 'secretariat@msp-saumurois.example', '02 41 55 26 80')],
    region: 'Pays de la Loire', createdOn: '2020-11-16', channel: 'webshop', salespersonId: 'SP3',
    terms: NET30, method: 'directDebit', discountPercent: 0, creditLimitEuros: 5_000,
  }),
  customer({
    id: 'C017', name: 'Bordeaux Aéro Composites', ids: frenchIds('417966652'),
    billing: fr('14 rue Pierre Baour', '33700', 'Mérignac', 'Parc d\'activités de l\'Aéroport'),
    contacts: (id) => [
      contact(id, 1, 'M.', 'Jérôme', 'Lacoste', 'Acheteur frais généraux', 'fr', 'j.lacoste@bac-composites.example', '05 56 55 47 12'),
      contact(id, 2, 'Mme', 'Emily', 'Carter', 'Facility manager (anglophone)', 'en', 'e.carter@bac-composites.example', '05 56 55 47 30'),
    ],
    region: 'Nouvelle-Aquitaine', createdOn: '2015-06-08', channel: 'direct', salespersonId: 'SP3',
    terms: EOM45_AFTER, method: 'transfer', discountPercent: 6, creditLimitEuros: 50_000,
  }),
  customer({
    id: 'C018', name: 'Atelier Garonne Architectes', ids: frenchIds('468509773'),
    billing: fr('40 cours de l\'Intendance', '33000', 'Bordeaux'),
    contacts: (id) => [contact(id, 1, 'M.', 'Thibault', 'Dumas', 'Architecte associé', 'fr', 't.dumas@atelier-garonne.example', '05 56 55 83 09')],
    region: 'Nouvelle-Aquitaine', createdOn: '2019-05-13', channel: 'webshop', salespersonId: 'SP3',
    terms: NET30, method: 'transfer', discountPercent: 2, creditLimitEuros: 4_000,
  }),
  customer({
    id: 'C019', name: 'Marseille Fret Services', ids: frenchIds('335482402'),
    billing: fr('71 boulevard des Dames', '13002', 'Marseille'),
    otherDelivery: [fr('Terminal de Mourepiane, chemin du Littoral', '13016', 'Marseille', 'Bâtiment administratif')],
    contacts: (id) => [contact(id, 1, 'M.', 'Nicolas', 'Santoni', 'Responsable administratif', 'fr', 'n.santoni@mfs-fret.example', '04 91 55 62 38')],
    region: 'Provence-Alpes-Côte d\'Azur', createdOn: '2013-07-01', channel: 'direct', salespersonId: 'SP4',
    terms: NET45, method: 'transfer', discountPercent: 5, creditLimitEuros: 45_000,
  }),
  customer({
    id: 'C020', name: 'Clinique du Parc Azur', ids: frenchIds('471233783'),
    billing: fr('18 avenue de la Californie', '06200', 'Nice'),
    contacts: (id) => [
      contact(id, 1, 'Mme', 'Laetitia', 'Orsini', 'Responsable des achats', 'fr', 'achats@clinique-parc-azur.example', '04 93 55 70 14'),
      contact(id, 2, 'M.', 'Marc', 'Giordano', 'Service comptabilité', 'fr', 'comptabilite@clinique-parc-azur.example', '04 93 55 70 20'),
    ],
    region: 'Provence-Alpes-Côte d\'Azur', createdOn: '2016-02-29', channel: 'direct', salespersonId: 'SP4',
    terms: NET60, method: 'transfer', discountPercent: 4, creditLimitEuros: 30_000,
  }),
  customer({
    id: 'C021', name: 'Occitanie Énergies Nouvelles', ids: frenchIds('426170577'),
    billing: fr('150 rue de la Galéra', '34090', 'Montpellier'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Pauline', 'Arnaud', 'Office manager', 'fr', 'p.arnaud@oen-energies.example', '04 67 55 21 93')],
    region: 'Occitanie', createdOn: '2017-09-18', channel: 'direct', salespersonId: 'SP4',
    terms: EOM45, method: 'transfer', discountPercent: 6, creditLimitEuros: 40_000,
  }),
  customer({
    id: 'C022', name: 'Aérotech Midi-Pyrénées', ids: frenchIds('479936494'),
    billing: fr('31 rue de la Découverte', '31400', 'Toulouse'),
    otherDelivery: [fr('2 avenue de l\'Europe', '31520', 'Ramonville-Saint-Agne', 'Bâtiment B — réception marchandises')],
    contacts: (id) => [
      contact(id, 1, 'M.', 'Sébastien', 'Marty', 'Responsable achats indirects', 'fr', 's.marty@aerotech-mp.example', '05 61 55 38 40'),
      contact(id, 2, 'Mme', 'Claire', 'Bonnet', 'Assistante achats', 'fr', 'c.bonnet@aerotech-mp.example', '05 61 55 38 41'),
    ],
    region: 'Occitanie', createdOn: '2012-04-02', channel: 'direct', salespersonId: 'SP4',
    terms: NET30, method: 'transfer', discountPercent: 8, creditLimitEuros: 90_000,
  }),
  customer({
    id: 'C023', name: 'Domaine du Clos des Garrigues', ids: frenchIds('214689655'),
    billing: fr('1250 route d\'Uzès', '30000', 'Nîmes'),
    contacts: (id) => [contact(id, 1, 'M.', 'Bruno', 'Teissier', 'Exploitant viticole', 'fr', 'contact@clos-garrigues.example', '04 66 55 09 72')],
    region: 'Occitanie', createdOn: '2021-10-04', channel: 'marketplace', salespersonId: 'SP4',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 2_500,
  }),
  customer({
    id: 'C024', name: 'Ajaccio Marine Services', ids: frenchIds('784333742'),
    billing: fr('3 quai L\'Herminier', '20000', 'Ajaccio'),
    contacts: (id) => [contact(id, 1, 'M.', 'Jean-Baptiste', 'Leca', 'Gérant', 'fr', 'jb.leca@ajaccio-marine.example', '04 95 55 14 28')],
    region: 'Corse', createdOn: '2020-04-20', channel: 'direct', salespersonId: 'SP4',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 5_000,
  }),
  customer({
    id: 'C025', name: 'Alsace Mécanique de Précision', ids: frenchIds('374507663'),
    billing: fr('8 rue de l\'Industrie', '67400', 'Illkirch-Graffenstaden'),
    contacts: (id) => [contact(id, 1, 'M.', 'Marc', 'Muller', 'Responsable des services généraux', 'fr', 'm.muller@amp-alsace.example', '03 88 55 67 21')],
    region: 'Grand Est', createdOn: '2014-11-24', channel: 'direct', salespersonId: 'SP5',
    terms: EOM45, method: 'lcr', discountPercent: 5, creditLimitEuros: 35_000,
  }),
  customer({
    id: 'C026', name: 'Nord Assurances Courtage', ids: frenchIds('559580170'),
    billing: fr('44 rue Nationale', '59000', 'Lille'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Delphine', 'Vandenberghe', 'Assistante de direction', 'fr', 'd.vandenberghe@nord-assurances.example', '03 20 55 93 14')],
    region: 'Hauts-de-France', createdOn: '2015-01-12', channel: 'direct', salespersonId: 'SP5',
    terms: NET45, method: 'transfer', discountPercent: 4, creditLimitEuros: 25_000,
  }),
  customer({
    id: 'C027', name: 'Champagne Logistique Services', ids: frenchIds('794809640'),
    billing: fr('12 allée des Bâtisseurs', '51100', 'Reims'),
    contacts: (id) => [contact(id, 1, 'M.', 'Antoine', 'Lemoine', 'Responsable d\'exploitation', 'fr', 'a.lemoine@champagne-logistique.example', '03 26 55 40 77')],
    region: 'Grand Est', createdOn: '2023-05-15', channel: 'webshop', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 3, creditLimitEuros: 15_000,
  }),
]

/** Private persons (B2C): no SIREN, webshop mostly, paid on order. */
const FRENCH_B2C: Tier[] = [
  customer({
    id: 'C028', legal: 'person', name: 'Antoine Giraud', billing: fr('14 rue Anatole France', '69100', 'Villeurbanne'),
    contacts: (id) => [contact(id, 1, 'M.', 'Antoine', 'Giraud', 'Particulier', 'fr', 'antoine.giraud@mail.example', '06 55 12 48 90')],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2020-09-07', channel: 'webshop', salespersonId: 'SP1',
    terms: ON_RECEIPT, method: 'card', discountPercent: 0, creditLimitEuros: 1_000,
  }),
  customer({
    id: 'C029', legal: 'person', name: 'Nathalie Perrin', billing: fr('9 rue Crébillon', '44000', 'Nantes'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Nathalie', 'Perrin', 'Particulière', 'fr', 'n.perrin@mail.example', '06 55 37 21 04')],
    region: 'Pays de la Loire', createdOn: '2021-12-13', channel: 'webshop', salespersonId: 'SP3',
    terms: ON_RECEIPT, method: 'card', discountPercent: 0, creditLimitEuros: 1_000,
  }),
  customer({
    id: 'C030', legal: 'person', name: 'Léa Martin', billing: fr('58 rue de la Convention', '75015', 'Paris'),
    otherDelivery: [fr('3 chemin des Vignes', '45190', 'Beaugency', 'Maison de campagne')],
    contacts: (id) => [contact(id, 1, 'Mme', 'Léa', 'Martin', 'Particulière (télétravail)', 'fr', 'lea.martin@mail.example', '06 55 80 66 13')],
    region: 'Île-de-France', createdOn: '2022-04-04', channel: 'webshop', salespersonId: 'SP2',
    terms: ON_RECEIPT, method: 'card', discountPercent: 0, creditLimitEuros: 1_000,
  }),
  customer({
    id: 'C031', legal: 'person', name: 'Hugo Fabre', billing: fr('7 allée des Demoiselles', '31400', 'Toulouse'),
    contacts: (id) => [contact(id, 1, 'M.', 'Hugo', 'Fabre', 'Particulier', 'fr', 'hugo.fabre@mail.example', '06 55 94 30 27')],
    region: 'Occitanie', createdOn: '2018-03-19', channel: 'direct', salespersonId: 'SP4',
    terms: ON_RECEIPT, method: 'cheque', discountPercent: 0, creditLimitEuros: 1_000,
  }),
  customer({
    id: 'C032', legal: 'person', name: 'Pierre Schmitt', billing: fr('22 rue Serpenoise', '57000', 'Metz'),
    contacts: (id) => [contact(id, 1, 'M.', 'Pierre', 'Schmitt', 'Particulier', 'fr', 'p.schmitt@mail.example', '06 55 41 77 58')],
    region: 'Grand Est', createdOn: '2025-01-20', channel: 'webshop', salespersonId: 'SP5',
    terms: ON_RECEIPT, method: 'card', discountPercent: 0, creditLimitEuros: 1_000,
  }),
]

/** EU business customers: intra-community supplies, reverse charge (CGI art. 262 ter I). */
const EU_B2B: Tier[] = [
  customer({
    id: 'C033', name: 'Bürotechnik Rheinland GmbH', ids: { vatNumber: 'DE294817365' },
    billing: abroad('DE', 'Hohenzollernring 52', '50672', 'Köln'),
    contacts: (id) => [contact(id, 1, 'M.', 'Jonas', 'Weber', 'Purchasing Manager', 'en', 'j.weber@buerotechnik-rheinland.example', '+49 221 555 0134')],
    language: 'en', region: 'EU', createdOn: '2016-10-10', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 4, creditLimitEuros: 30_000, vatRegime: 'intraEu',
  }),
  customer({
    id: 'C034', name: 'Bureau Services Bruxelles SRL', ids: { vatNumber: 'BE0412345614' },
    billing: abroad('BE', 'Avenue Louise 130', '1050', 'Bruxelles'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Sophie', 'Dubois', 'Responsable des achats', 'fr', 's.dubois@bsb-bruxelles.example', '+32 2 555 01 47')],
    language: 'fr', region: 'EU', createdOn: '2015-03-30', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 3, creditLimitEuros: 20_000, vatRegime: 'intraEu',
  }),
  customer({
    id: 'C035', name: 'Oficinas Levante S.L.', ids: { vatNumber: 'ESB46827391' },
    billing: abroad('ES', 'Calle de Colón 22', '46004', 'Valencia'),
    contacts: (id) => [contact(id, 1, 'M.', 'Javier', 'Ortega', 'Operations Director', 'en', 'j.ortega@oficinas-levante.example', '+34 96 555 0182')],
    language: 'en', region: 'EU', createdOn: '2019-02-18', channel: 'direct', salespersonId: 'SP5',
    terms: NET60, method: 'transfer', discountPercent: 2, creditLimitEuros: 15_000, vatRegime: 'intraEu',
  }),
  customer({
    id: 'C036', name: 'Arredo Ufficio Torino S.r.l.', ids: { vatNumber: 'IT09125730013' },
    billing: abroad('IT', 'Corso Vittorio Emanuele II 84', '10121', 'Torino'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Francesca', 'Bianchi', 'Buyer', 'en', 'f.bianchi@arredo-torino.example', '+39 011 555 0163')],
    language: 'en', region: 'EU', createdOn: '2017-06-12', channel: 'direct', salespersonId: 'SP5',
    terms: NET60, method: 'transfer', discountPercent: 3, creditLimitEuros: 25_000, vatRegime: 'intraEu',
  }),
  customer({
    id: 'C037', name: 'Dublin Workspace Solutions Ltd', ids: { vatNumber: 'IE6388047V' },
    billing: abroad('IE', '14 Fitzwilliam Square', 'D02 R640', 'Dublin'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Siobhan', 'Murphy', 'Office Manager', 'en', 's.murphy@dublin-workspace.example', '+353 1 555 0128')],
    language: 'en', region: 'EU', createdOn: '2022-09-05', channel: 'webshop', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 10_000, vatRegime: 'intraEu',
  }),
  customer({
    id: 'C038', name: 'Fiduciaire Moselle Luxembourg S.à r.l.', ids: { vatNumber: 'LU26375148' },
    billing: abroad('LU', '12 boulevard Royal', 'L-2449', 'Luxembourg'),
    contacts: (id) => [contact(id, 1, 'M.', 'Luc', 'Hoffmann', 'Associé gérant', 'fr', 'l.hoffmann@fiduciaire-moselle.example', '+352 555 012 39')],
    language: 'fr', region: 'EU', createdOn: '2018-09-24', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 2, creditLimitEuros: 12_000, vatRegime: 'intraEu',
  }),
]

/** English-speaking customers outside the EU: exports, exempt (CGI art. 262 I). */
const EXPORT_B2B: Tier[] = [
  customer({
    id: 'C039', name: 'Thames Office Interiors Ltd', ids: { vatNumber: 'GB318462957' },
    billing: abroad('GB', '88 Goswell Road', 'EC1V 7DB', 'London'),
    contacts: (id) => [
      contact(id, 1, 'M.', 'Oliver', 'Bennett', 'Procurement Manager', 'en', 'o.bennett@thames-interiors.example', '+44 20 7946 0871'),
      contact(id, 2, 'Mme', 'Charlotte', 'Hughes', 'Accounts Payable', 'en', 'accounts@thames-interiors.example', '+44 20 7946 0872'),
    ],
    language: 'en', region: 'International', createdOn: '2017-04-03', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 3, creditLimitEuros: 25_000, vatRegime: 'export',
  }),
  customer({
    id: 'C040', name: 'Highland Coworking Ltd', ids: { vatNumber: 'GB402718364' },
    billing: abroad('GB', '21 George Street', 'EH2 2PB', 'Edinburgh'),
    contacts: (id) => [contact(id, 1, 'M.', 'Callum', 'Fraser', 'Founder', 'en', 'callum@highland-coworking.example', '+44 131 496 0345')],
    language: 'en', region: 'International', createdOn: '2023-10-09', channel: 'webshop', salespersonId: 'SP5',
    terms: ON_RECEIPT, method: 'card', discountPercent: 0, creditLimitEuros: 8_000, vatRegime: 'export',
  }),
  customer({
    id: 'C041', name: 'Brooklyn Design Studio LLC', billing: abroad('US', '155 Water Street', 'NY 11201', 'Brooklyn'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Rachel', 'Goldberg', 'Studio Manager', 'en', 'rachel@brooklyn-design.example', '+1 718 555 0147')],
    language: 'en', region: 'International', createdOn: '2020-01-27', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 15_000, vatRegime: 'export',
  }),
]

/** Prospects: known companies that have not ordered yet (quotes and the commercial action). */
const PROSPECTS: Tier[] = [
  customer({
    id: 'C042', kind: 'prospect', name: 'Clermont Auvergne Biotech', ids: frenchIds('256682188'),
    billing: fr('28 place de Jaude', '63000', 'Clermont-Ferrand'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Émilie', 'Chassaing', 'Responsable des services généraux', 'fr', 'e.chassaing@ca-biotech.example', '04 73 55 21 66')],
    region: 'Auvergne-Rhône-Alpes', createdOn: '2025-09-22', channel: 'direct', salespersonId: 'SP1',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 10_000,
    notes: 'Rencontrée au salon Bureaux Expo de Lyon ; projet de déménagement de 60 postes.',
  }),
  customer({
    id: 'C043', kind: 'prospect', name: 'Agence Calanques Événements', ids: frenchIds('105771901'),
    billing: fr('19 rue Sainte', '13001', 'Marseille'),
    contacts: (id) => [contact(id, 1, 'M.', 'Yanis', 'Bouchet', 'Directeur', 'fr', 'yanis@calanques-evenements.example', '04 91 55 47 02')],
    region: 'Provence-Alpes-Côte d\'Azur', createdOn: '2025-10-13', channel: 'direct', salespersonId: 'SP4',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 5_000,
    notes: 'Demande de tarifs pour du mobilier pliant et des plateaux-repas.',
  }),
  customer({
    id: 'C044', kind: 'prospect', name: 'Amsterdam Flex Offices B.V.', ids: { vatNumber: 'NL862417305B01' },
    billing: abroad('NL', 'Herengracht 420', '1017 BZ', 'Amsterdam'),
    contacts: (id) => [contact(id, 1, 'Mme', 'Femke', 'de Jong', 'Head of Workplace', 'en', 'f.dejong@amsterdam-flex.example', '+31 20 555 0119')],
    language: 'en', region: 'EU', createdOn: '2025-06-02', channel: 'direct', salespersonId: 'SP5',
    terms: NET30, method: 'transfer', discountPercent: 0, creditLimitEuros: 15_000, vatRegime: 'intraEu',
    notes: 'Contact entrant par le site ; demande de devis en anglais pour 40 bureaux assis-debout.',
  }),
]

/** ~40 customers and prospects: French B2B and B2C, EU, UK and US. */
export const CUSTOMERS: Tier[] = [...FRENCH_B2B, ...FRENCH_B2C, ...EU_B2B, ...EXPORT_B2B, ...PROSPECTS]
