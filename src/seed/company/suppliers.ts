import type { Tier } from '@/domain'
import { abroad, contact, fr, frenchIds } from './helpers'

interface SupplierRow {
  id: string
  name: string
  ids: { siren?: string; vatNumber?: string }
  address: Tier['billingAddress']
  language: Tier['language']
  region: string
  createdOn: string
  terms: NonNullable<Tier['supplier']>
  contact: [civility: 'M.' | 'Mme', firstName: string, lastName: string, role: string, email: string, phone: string]
  notes?: string
}

/** Incoterms® 2020 rules are written with the named place and the version (DOMAIN-FR §6). */
const ROWS: SupplierRow[] = [
  {
    id: 'S001', name: 'Nordbüro Möbelwerk GmbH', ids: { vatNumber: 'DE813495627' },
    address: abroad('DE', 'Industriestraße 14', '70565', 'Stuttgart'), language: 'en', region: 'EU', createdOn: '2016-03-14',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 21, minimumOrderCents: 250_000, incoterm: 'FCA Stuttgart, Incoterms® 2020' },
    contact: ['M.', 'Lukas', 'Brandt', 'Export Sales Manager', 'l.brandt@nordbuero.example', '+49 711 555 0142'],
  },
  {
    id: 'S002', name: 'Sedia Ergonomica S.p.A.', ids: { vatNumber: 'IT04871230965' },
    address: abroad('IT', 'Via Giovanni da Procida 48', '20149', 'Milano'), language: 'en', region: 'EU', createdOn: '2015-09-01',
    terms: { paymentTerms: { kind: 'net', days: 60 }, leadTimeDays: 28, minimumOrderCents: 300_000, incoterm: 'FCA Milano, Incoterms® 2020' },
    contact: ['Mme', 'Giulia', 'Ferraro', 'Key Account Manager France', 'g.ferraro@sedia-ergonomica.example', '+39 02 555 0187'],
  },
  {
    id: 'S003', name: 'Ateliers Mobilier du Jura', ids: frenchIds('588638304'),
    address: fr('5 rue de l\'Industrie', '39200', 'Saint-Claude'), language: 'fr', region: 'Bourgogne-Franche-Comté', createdOn: '2012-05-10',
    terms: { paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }, leadTimeDays: 15, minimumOrderCents: 150_000 },
    contact: ['M.', 'Bernard', 'Jacquet', 'Responsable commercial', 'b.jacquet@ateliers-jura.example', '03 84 45 12 30'],
  },
  {
    id: 'S004', name: 'Papeteries de l\'Anjou', ids: frenchIds('359818465'),
    address: fr('Zone industrielle Nord, 14 avenue du Grand Périgné', '49100', 'Angers'), language: 'fr', region: 'Pays de la Loire', createdOn: '2012-02-01',
    terms: { paymentTerms: { kind: 'net', days: 45 }, leadTimeDays: 5, minimumOrderCents: 40_000 },
    contact: ['Mme', 'Catherine', 'Ménard', 'Administration des ventes', 'adv@papeteries-anjou.example', '02 41 55 08 12'],
  },
  {
    id: 'S005', name: 'Scriba Distribution', ids: frenchIds('697199099'),
    address: fr('22 rue des Saules', '59650', 'Villeneuve-d\'Ascq'), language: 'fr', region: 'Hauts-de-France', createdOn: '2013-06-17',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 4, minimumOrderCents: 30_000 },
    contact: ['M.', 'Olivier', 'Dufresne', 'Attaché commercial', 'o.dufresne@scriba.example', '03 20 55 41 87'],
  },
  {
    id: 'S006', name: 'Brightline Peripherals Ltd', ids: { vatNumber: 'GB284716539' },
    address: abroad('GB', '40 Station Road', 'RG1 1LX', 'Reading'), language: 'en', region: 'International', createdOn: '2018-11-05',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 14, minimumOrderCents: 200_000, incoterm: 'DAP Lyon, entrepôt de Gerland, Incoterms® 2020' },
    contact: ['Mme', 'Emma', 'Clarke', 'European Sales Executive', 'emma.clarke@brightline.example', '+44 118 496 0321'],
    notes: 'Importation depuis le Royaume-Uni : dédouanement par le transitaire, TVA à l\'importation autoliquidée sur la déclaration de TVA.',
  },
  {
    id: 'S007', name: 'Pacific Display Trading Co., Ltd.', ids: {},
    address: abroad('TW', 'No. 88 Zhonghua 5th Road, Qianzhen District', '806', 'Kaohsiung'), language: 'en', region: 'International', createdOn: '2019-04-23',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 45, minimumOrderCents: 1_500_000, incoterm: 'FOB Kaohsiung, Incoterms® 2020' },
    contact: ['M.', 'Kevin', 'Lin', 'Overseas Sales Manager', 'kevin.lin@pacific-display.example', '+886 7 555 0199'],
    notes: 'Fret maritime par conteneur : commander les écrans bien avant le besoin.',
  },
  {
    id: 'S008', name: 'Distri-Info France', ids: frenchIds('201746153'),
    address: fr('3 rue du Landy', '93200', 'Saint-Denis'), language: 'fr', region: 'Île-de-France', createdOn: '2014-01-20',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 3, minimumOrderCents: 50_000 },
    contact: ['Mme', 'Samira', 'Haddad', 'Responsable grands comptes', 's.haddad@distri-info.example', '01 49 55 63 20'],
  },
  {
    id: 'S009', name: 'Impressio Solutions', ids: frenchIds('493443634'),
    address: fr('17 rue du Dauphiné', '69800', 'Saint-Priest'), language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2013-09-09',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 3, minimumOrderCents: 30_000 },
    contact: ['M.', 'Franck', 'Roussel', 'Technico-commercial', 'f.roussel@impressio.example', '04 72 55 18 44'],
  },
  {
    id: 'S010', name: 'Maison Torréfaction Lyonnaise', ids: frenchIds('617851837'),
    address: fr('41 rue de Saint-Cyr', '69009', 'Lyon'), language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2017-02-13',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 4, minimumOrderCents: 20_000 },
    contact: ['Mme', 'Hélène', 'Baudry', 'Gérante', 'contact@torrefaction-lyonnaise.example', '04 78 55 27 61'],
  },
  {
    id: 'S011', name: 'Saveurs de Saône Traiteur', ids: frenchIds('226140762'),
    address: fr('9 rue Dumenge', '69004', 'Lyon'), language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2020-09-14',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 2, minimumOrderCents: 10_000 },
    contact: ['M.', 'Mathieu', 'Perret', 'Chef traiteur', 'commandes@saveurs-saone.example', '04 78 55 90 12'],
    notes: 'Plateaux-repas à commander au moins 48 heures à l\'avance, livrés par le réseau de traiteurs partenaires.',
  },
  {
    id: 'S012', name: 'Éditions Pratiques du Bureau', ids: frenchIds('169705076'),
    address: fr('12 rue Jacob', '75006', 'Paris'), language: 'fr', region: 'Île-de-France', createdOn: '2016-10-03',
    terms: { paymentTerms: { kind: 'net', days: 60 }, leadTimeDays: 7, minimumOrderCents: 15_000 },
    contact: ['Mme', 'Anne', 'Lefort', 'Service diffusion', 'diffusion@editions-pratiques.example', '01 43 55 72 08'],
  },
  {
    id: 'S013', name: 'Câbles et Connectique Rhône', ids: frenchIds('133648444'),
    address: fr('60 avenue Franklin Roosevelt', '69120', 'Vaulx-en-Velin'), language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2015-04-27',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 3, minimumOrderCents: 20_000 },
    contact: ['M.', 'Yannick', 'Colas', 'Responsable des ventes', 'y.colas@ccrhone.example', '04 78 55 33 09'],
  },
  {
    id: 'S014', name: 'Ergolab Nederland B.V.', ids: { vatNumber: 'NL859203417B01' },
    address: abroad('NL', 'Kastanjelaan 22', '5616 LZ', 'Eindhoven'), language: 'en', region: 'EU', createdOn: '2021-03-08',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 10, minimumOrderCents: 80_000, incoterm: 'FCA Eindhoven, Incoterms® 2020' },
    contact: ['M.', 'Daan', 'Visser', 'Account Manager France & Benelux', 'd.visser@ergolab.example', '+31 40 555 0166'],
  },
  {
    id: 'S015', name: 'Pose et Services Rhône-Alpes', ids: frenchIds('244042370'),
    address: fr('4 boulevard Joliot-Curie', '69200', 'Vénissieux'), language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2018-06-18',
    terms: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 5, minimumOrderCents: 0 },
    contact: ['M.', 'Rachid', 'Mansouri', 'Chef d\'équipe installation', 'planning@pose-services.example', '04 72 55 61 73'],
    notes: 'Sous-traitant d\'installation (montage de mobilier, câblage), facturé à l\'heure.',
  },
]

/** Fifteen suppliers: French manufacturers and wholesalers, and foreign ones (EU, UK, Taiwan). */
export const SUPPLIERS: Tier[] = ROWS.map((row) => {
  const [civility, firstName, lastName, role, email, phone] = row.contact
  const tier: Tier = {
    id: row.id,
    kind: 'supplier',
    legal: 'company',
    name: row.name,
    ...row.ids,
    billingAddress: row.address,
    deliveryAddresses: [],
    contacts: [contact(row.id, 1, civility, firstName, lastName, role, row.language, email, phone)],
    language: row.language,
    region: row.region,
    createdOn: row.createdOn,
    supplier: row.terms,
  }
  if (row.notes !== undefined) tier.notes = row.notes
  return tier
})
