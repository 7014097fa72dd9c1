/**
 * The catalogue as compact tables, one per family. A row:
 * [reference, designation fr, designation en, unit, price HT cents, cost (CUMP) HT cents,
 *  weight g, suppliers 'main/second', expected monthly demand (units), extras].
 *
 * VAT rates (CGI): 20 % by default (art. 278); 5,5 % for food for human consumption, water and
 * non-alcoholic drinks (art. 278-0 bis A 1°) and for books (art. 278-0 bis A 3°); 10 % for prepared
 * food sold to take away or delivered for immediate consumption (art. 279 m). Services (delivery,
 * installation in business premises, training by a non-exempt seller, maintenance) are at 20 %.
 * Exemptions (intra-EU, export) come from the customer's VAT regime, not from the product.
 */

export interface ProductRowExtras {
  vatRatePercent?: number
  inactive?: true
  /** Goods bought to order (meal trays): not kept in stock. */
  stockManaged?: false
  /** Minimum purchase quantity when the default (by unit and price) does not fit. */
  minQty?: number
}

export type ProductRow = [
  reference: string,
  fr: string,
  en: string,
  unit: string,
  priceCents: number,
  costCents: number,
  weightGrams: number,
  suppliers: string,
  monthlyDemand: number,
  extras?: ProductRowExtras,
]

export interface ProductTable {
  familyId: string
  kind: 'good' | 'service'
  vatRatePercent: number
  rows: ProductRow[]
}

const FURNITURE: ProductTable = {
  familyId: 'F01', kind: 'good', vatRatePercent: 20,
  rows: [
    ['MOB-BUR-001', 'Bureau droit 140 × 80 cm, plateau chêne clair', 'Straight desk 140 × 80 cm, light oak top', 'u', 32_900, 18_500, 38_000, 'S003/S001', 12],
    ['MOB-BUR-002', 'Bureau droit 160 × 80 cm, plateau chêne clair', 'Straight desk 160 × 80 cm, light oak top', 'u', 35_900, 20_500, 42_000, 'S003/S001', 10],
    ['MOB-BUR-003', 'Bureau compact 120 × 60 cm, blanc', 'Compact desk 120 × 60 cm, white', 'u', 21_900, 12_100, 26_000, 'S003', 8],
    ['MOB-BUR-004', 'Bureau assis-debout électrique 140 × 70 cm', 'Electric sit-stand desk 140 × 70 cm', 'u', 68_900, 40_200, 48_000, 'S001', 9],
    ['MOB-BUR-005', 'Bureau assis-debout électrique 160 × 80 cm', 'Electric sit-stand desk 160 × 80 cm', 'u', 74_900, 44_100, 52_000, 'S001', 6],
    ['MOB-BUR-006', 'Bureau d\'angle 160 × 120 cm, retour à droite', 'Corner desk 160 × 120 cm, right-hand return', 'u', 48_900, 27_900, 55_000, 'S003/S001', 4],
    ['MOB-BUR-007', 'Bureau droit 140 × 80 cm, hêtre (ancienne gamme)', 'Straight desk 140 × 80 cm, beech (former range)', 'u', 27_900, 16_200, 38_000, 'S003', 0, { inactive: true }],
    ['MOB-TAB-001', 'Table de réunion ovale 200 × 100 cm', 'Oval meeting table 200 × 100 cm', 'u', 64_900, 36_200, 60_000, 'S003', 2],
    ['MOB-TAB-002', 'Table de réunion ronde Ø 120 cm', 'Round meeting table Ø 120 cm', 'u', 38_900, 21_400, 35_000, 'S003', 3],
    ['MOB-TAB-003', 'Table pliante sur roulettes 160 × 80 cm', 'Folding table on castors 160 × 80 cm', 'u', 27_900, 15_800, 30_000, 'S001', 5],
    ['MOB-RAN-001', 'Caisson mobile 3 tiroirs, serrure centralisée', 'Mobile pedestal, 3 drawers, central lock', 'u', 18_900, 9_800, 22_000, 'S003/S001', 15],
    ['MOB-RAN-002', 'Armoire haute à portes battantes, H 198 cm', 'Tall cupboard with hinged doors, H 198 cm', 'u', 44_900, 24_600, 68_000, 'S003', 4],
    ['MOB-RAN-003', 'Armoire à rideaux L 100 cm, H 136 cm', 'Tambour door cabinet W 100 cm, H 136 cm', 'u', 39_900, 22_100, 50_000, 'S003', 4],
    ['MOB-RAN-004', 'Bibliothèque 5 tablettes, H 180 cm', 'Bookcase with 5 shelves, H 180 cm', 'u', 23_900, 12_900, 36_000, 'S003', 5],
    ['MOB-RAN-005', 'Vestiaire métallique 2 cases', 'Metal locker, 2 compartments', 'u', 25_900, 15_100, 40_000, 'S001', 3],
    ['MOB-CLO-001', 'Cloison acoustique de bureau 160 × 120 cm', 'Acoustic desk screen 160 × 120 cm', 'u', 22_900, 11_800, 14_000, 'S014', 6],
    ['MOB-ACC-001', 'Portemanteau sur pied, acier noir', 'Coat stand, black steel', 'u', 6_900, 3_100, 5_000, 'S003', 4],
    ['MOB-ECL-001', 'Lampe de bureau LED à variateur', 'Dimmable LED desk lamp', 'u', 7_900, 3_800, 1_800, 'S014', 10],
  ],
}

const SEATING: ProductTable = {
  familyId: 'F02', kind: 'good', vatRatePercent: 20,
  rows: [
    ['SIE-ERG-001', 'Fauteuil ergonomique synchrone, dossier résille', 'Ergonomic synchro chair, mesh back', 'u', 28_900, 15_200, 17_000, 'S002', 20],
    ['SIE-ERG-002', 'Fauteuil ergonomique premium avec appui-tête', 'Premium ergonomic chair with headrest', 'u', 45_900, 24_800, 21_000, 'S002', 8],
    ['SIE-ERG-003', 'Fauteuil de direction, cuir noir', 'Executive chair, black leather', 'u', 52_900, 29_800, 23_000, 'S002', 2],
    ['SIE-ERG-004', 'Siège assis-debout à bascule', 'Rocking sit-stand stool', 'u', 14_900, 7_800, 8_000, 'S014', 4],
    ['SIE-OPE-001', 'Chaise opérateur standard, tissu gris', 'Standard task chair, grey fabric', 'u', 12_900, 6_400, 12_000, 'S002/S001', 25],
    ['SIE-OPE-002', 'Chaise dactylo, tissu bleu (fin de série)', 'Typist chair, blue fabric (discontinued)', 'u', 9_900, 5_300, 11_000, 'S002', 0, { inactive: true }],
    ['SIE-VIS-001', 'Chaise visiteur empilable', 'Stackable visitor chair', 'u', 5_900, 2_800, 6_000, 'S002', 30],
    ['SIE-VIS-002', 'Chaise de réunion luge, coque bois', 'Cantilever meeting chair, wooden shell', 'u', 11_900, 6_100, 8_000, 'S002', 12],
    ['SIE-ACC-001', 'Repose-pieds réglable', 'Adjustable footrest', 'u', 3_900, 1_700, 2_500, 'S014', 18],
    ['SIE-ACC-002', 'Coussin lombaire à mémoire de forme', 'Memory-foam lumbar cushion', 'u', 2_900, 1_200, 600, 'S014', 14],
    ['SIE-CAN-001', 'Canapé d\'accueil 2 places, tissu anthracite', 'Two-seater reception sofa, charcoal fabric', 'u', 68_900, 38_400, 45_000, 'S002', 1],
    ['SIE-TAB-001', 'Tabouret haut pour mange-debout', 'High stool for standing tables', 'u', 8_900, 4_400, 5_500, 'S002', 6],
  ],
}

const SUPPLIES: ProductTable = {
  familyId: 'F03', kind: 'good', vatRatePercent: 20,
  rows: [
    ['FOU-PAP-001', 'Ramette papier A4 80 g blanc, 500 feuilles', 'A4 copy paper 80 gsm, white, ream of 500', 'u', 590, 385, 2_500, 'S004/S005', 400, { minQty: 50 }],
    ['FOU-PAP-002', 'Carton de 5 ramettes papier A4 80 g', 'Box of 5 reams of A4 paper 80 gsm', 'u', 2_750, 1_820, 12_500, 'S004', 150],
    ['FOU-PAP-003', 'Ramette papier A4 recyclé 80 g, 500 feuilles', 'Recycled A4 paper 80 gsm, ream of 500', 'u', 640, 410, 2_500, 'S004', 120, { minQty: 50 }],
    ['FOU-PAP-004', 'Ramette papier A3 80 g, 500 feuilles', 'A3 copy paper 80 gsm, ream of 500', 'u', 1_290, 810, 5_000, 'S004', 25],
    ['FOU-ECR-001', 'Stylos bille bleus, boîte de 50', 'Blue ballpoint pens, box of 50', 'u', 1_490, 720, 600, 'S005', 40],
    ['FOU-ECR-002', 'Surligneurs couleurs assorties, pochette de 4', 'Highlighters, assorted colours, wallet of 4', 'u', 490, 230, 80, 'S005', 60],
    ['FOU-ECR-003', 'Feutres pour tableau blanc, pochette de 4', 'Whiteboard markers, wallet of 4', 'u', 650, 310, 90, 'S005', 45],
    ['FOU-ECR-004', 'Stylo plume rechargeable (retiré du catalogue)', 'Refillable fountain pen (withdrawn)', 'u', 1_890, 920, 40, 'S005', 0, { inactive: true }],
    ['FOU-CLA-001', 'Classeur à levier dos 80 mm', 'Lever arch file, 80 mm spine', 'u', 320, 155, 550, 'S005', 150],
    ['FOU-CLA-002', 'Jeu d\'intercalaires 12 onglets', 'Set of 12-tab dividers', 'u', 190, 80, 120, 'S005', 90],
    ['FOU-CLA-003', 'Pochettes perforées, paquet de 100', 'Punched pockets, pack of 100', 'u', 590, 270, 650, 'S005', 70],
    ['FOU-CLA-004', 'Boîtes d\'archives dos 100 mm, lot de 25', 'Archive boxes, 100 mm spine, pack of 25', 'lot', 3_900, 2_150, 5_000, 'S004/S005', 12],
    ['FOU-PET-001', 'Agrafeuse de bureau 25 feuilles', 'Desk stapler, 25 sheets', 'u', 1_290, 580, 350, 'S005', 20],
    ['FOU-PET-002', 'Agrafes 24/6, boîte de 1 000', 'Staples 24/6, box of 1,000', 'u', 150, 64, 150, 'S005', 80],
    ['FOU-PET-003', 'Notes repositionnables 76 × 76 mm, lot de 12 blocs', 'Sticky notes 76 × 76 mm, pack of 12 pads', 'lot', 1_190, 540, 700, 'S005', 50],
    ['FOU-PET-004', 'Cahier spirale A4, 180 pages', 'A4 spiral notebook, 180 pages', 'u', 390, 175, 600, 'S004', 60],
    ['FOU-PET-005', 'Ciseaux de bureau 21 cm', 'Office scissors, 21 cm', 'u', 490, 210, 100, 'S005', 15],
    ['FOU-EMB-001', 'Film à bulles, rouleau de 50 cm de large (au mètre)', 'Bubble wrap, 50 cm wide roll (per metre)', 'm', 85, 38, 40, 'S004', 600],
    ['FOU-EMB-002', 'Ruban adhésif d\'emballage, lot de 6', 'Packing tape, pack of 6', 'lot', 890, 410, 900, 'S005', 30],
    ['FOU-EMB-003', 'Cartons d\'expédition 40 × 30 × 30 cm, lot de 20', 'Shipping boxes 40 × 30 × 30 cm, pack of 20', 'lot', 2_400, 1_260, 6_000, 'S004', 15],
    ['FOU-TAB-001', 'Tableau blanc magnétique 120 × 90 cm', 'Magnetic whiteboard 120 × 90 cm', 'u', 8_900, 4_600, 9_000, 'S005', 5],
    ['FOU-TAB-002', 'Blocs pour chevalet de conférence, lot de 5', 'Flipchart pads, pack of 5', 'lot', 3_990, 2_050, 7_500, 'S004', 8],
  ],
}

const IT: ProductTable = {
  familyId: 'F04', kind: 'good', vatRatePercent: 20,
  rows: [
    ['INF-ECR-001', 'Écran 24" Full HD IPS', '24" Full HD IPS monitor', 'u', 15_900, 10_900, 4_200, 'S007/S008', 30],
    ['INF-ECR-002', 'Écran 27" QHD USB-C', '27" QHD USB-C monitor', 'u', 28_900, 20_400, 6_500, 'S007/S008', 15],
    ['INF-ECR-003', 'Écran 34" incurvé UWQHD', '34" curved UWQHD monitor', 'u', 44_900, 32_200, 8_500, 'S008', 4],
    ['INF-ECR-004', 'Écran 22" HD (fin de série)', '22" HD monitor (discontinued)', 'u', 11_900, 8_400, 3_500, 'S008', 0, { inactive: true }],
    ['INF-BRA-001', 'Bras articulé pour deux écrans', 'Dual monitor arm', 'u', 11_900, 5_800, 5_000, 'S014', 10],
    ['INF-CLA-001', 'Clavier sans fil AZERTY', 'Wireless keyboard, French AZERTY layout', 'u', 3_990, 2_250, 600, 'S006/S008', 35],
    ['INF-CLA-002', 'Ensemble clavier et souris sans fil', 'Wireless keyboard and mouse set', 'u', 5_990, 3_400, 900, 'S006/S008', 25],
    ['INF-SOU-001', 'Souris ergonomique verticale', 'Vertical ergonomic mouse', 'u', 4_490, 2_310, 150, 'S006', 20],
    ['INF-STA-001', 'Station d\'accueil USB-C, double écran', 'USB-C docking station, dual display', 'u', 16_900, 11_800, 450, 'S006/S008', 12],
    ['INF-CAS-001', 'Micro-casque USB stéréo', 'USB stereo headset', 'u', 6_900, 4_100, 250, 'S006', 22],
    ['INF-WEB-001', 'Webcam Full HD avec micro', 'Full HD webcam with microphone', 'u', 7_900, 4_700, 200, 'S006', 10],
    ['INF-CAB-001', 'Câble réseau Cat 6 U/UTP, touret (au mètre)', 'Cat 6 U/UTP network cable, reel (per metre)', 'm', 95, 42, 45, 'S013', 900],
    ['INF-CAB-002', 'Goulotte passe-câbles 80 × 50 mm (au mètre)', 'Cable trunking 80 × 50 mm (per metre)', 'm', 780, 390, 700, 'S013', 120],
    ['INF-CAB-003', 'Câble HDMI 2 m', 'HDMI cable, 2 m', 'u', 1_290, 560, 120, 'S013/S008', 40],
    ['INF-CAB-004', 'Multiprise 6 prises avec interrupteur', '6-way power strip with switch', 'u', 2_490, 1_140, 700, 'S013', 25],
    ['INF-POR-001', 'Ordinateur portable professionnel 14"', '14" business laptop', 'u', 89_900, 66_500, 1_450, 'S008', 6],
    ['INF-POR-002', 'Sacoche pour ordinateur 15,6"', '15.6" laptop bag', 'u', 4_900, 2_200, 800, 'S008', 8],
    ['INF-STO-001', 'Disque SSD externe 1 To', '1 TB external SSD', 'u', 11_900, 8_400, 100, 'S008', 10],
    ['INF-STO-002', 'Clé USB 64 Go', '64 GB USB flash drive', 'u', 1_490, 740, 20, 'S008', 30],
    ['INF-SUP-001', 'Support réglable pour ordinateur portable', 'Adjustable laptop stand', 'u', 3_990, 1_720, 1_100, 'S014', 15],
  ],
}

const PRINTING: ProductTable = {
  familyId: 'F05', kind: 'good', vatRatePercent: 20,
  rows: [
    ['IMP-IMP-001', 'Imprimante laser monochrome A4', 'A4 monochrome laser printer', 'u', 22_900, 16_500, 9_500, 'S009/S008', 5],
    ['IMP-IMP-002', 'Multifonction laser couleur A4', 'A4 colour laser multifunction printer', 'u', 54_900, 39_200, 24_000, 'S009', 3],
    ['IMP-IMP-003', 'Multifonction couleur A3 avec meuble support', 'A3 colour multifunction printer with stand', 'u', 289_000, 201_000, 85_000, 'S009', 1],
    ['IMP-TON-001', 'Toner noir pour IMP-IMP-001 (3 000 pages)', 'Black toner for IMP-IMP-001 (3,000 pages)', 'u', 7_900, 4_800, 800, 'S009', 20],
    ['IMP-TON-002', 'Toner noir haute capacité pour IMP-IMP-002', 'High-yield black toner for IMP-IMP-002', 'u', 11_900, 7_200, 900, 'S009', 12],
    ['IMP-TON-003', 'Toner cyan pour IMP-IMP-002', 'Cyan toner for IMP-IMP-002', 'u', 13_900, 8_500, 900, 'S009', 6],
    ['IMP-TON-004', 'Toner magenta pour IMP-IMP-002', 'Magenta toner for IMP-IMP-002', 'u', 13_900, 8_500, 900, 'S009', 6],
    ['IMP-TON-005', 'Toner jaune pour IMP-IMP-002', 'Yellow toner for IMP-IMP-002', 'u', 13_900, 8_500, 900, 'S009', 6],
    ['IMP-TAM-001', 'Tambour d\'imagerie pour IMP-IMP-002', 'Imaging drum for IMP-IMP-002', 'u', 18_900, 11_800, 1_200, 'S009', 2],
    ['IMP-CAR-001', 'Cartouche jet d\'encre noire (ancienne gamme)', 'Black ink cartridge (former range)', 'u', 2_990, 1_750, 100, 'S009', 0, { inactive: true }],
    ['IMP-ETI-001', 'Étiquettes adresse 99,1 × 38,1 mm, 100 feuilles', 'Address labels 99.1 × 38.1 mm, 100 sheets', 'u', 2_990, 1_450, 2_000, 'S005', 10],
    ['IMP-REL-001', 'Relieuse à anneaux plastique', 'Comb binding machine', 'u', 18_900, 10_400, 7_000, 'S009', 1],
    ['IMP-REL-002', 'Anneaux de reliure 10 mm, boîte de 100', '10 mm binding combs, box of 100', 'u', 990, 430, 800, 'S005', 10],
    ['IMP-PLA-001', 'Plastifieuse A3', 'A3 laminator', 'u', 9_900, 5_100, 3_000, 'S009', 2],
    ['IMP-DES-001', 'Destructeur de documents coupe croisée P-4', 'Cross-cut paper shredder, security level P-4', 'u', 24_900, 15_200, 14_000, 'S009', 3],
  ],
}

const BREAK_ROOM: ProductTable = {
  familyId: 'F06', kind: 'good', vatRatePercent: 20,
  rows: [
    ['PAU-CAF-001', 'Café en grains pur arabica (au kg)', 'Pure arabica coffee beans (per kg)', 'kg', 2_400, 1_350, 1_000, 'S010', 80, { vatRatePercent: 5.5 }],
    ['PAU-CAF-002', 'Café moulu bio, paquet de 250 g', 'Organic ground coffee, 250 g pack', 'u', 590, 320, 250, 'S010', 60, { vatRatePercent: 5.5 }],
    ['PAU-THE-001', 'Thé vert bio, boîte de 100 sachets', 'Organic green tea, box of 100 bags', 'u', 1_450, 780, 250, 'S010', 15, { vatRatePercent: 5.5 }],
    ['PAU-SUC-001', 'Sucre en morceaux (au kg)', 'Sugar cubes (per kg)', 'kg', 320, 160, 1_000, 'S010', 25, { vatRatePercent: 5.5 }],
    ['PAU-EAU-001', 'Eau minérale 50 cl, pack de 24', 'Mineral water 50 cl, pack of 24', 'u', 960, 520, 12_500, 'S010', 40, { vatRatePercent: 5.5 }],
    ['PAU-BIS-001', 'Biscuits sablés pur beurre, boîte de 1 kg', 'All-butter shortbread biscuits, 1 kg tin', 'u', 1_290, 690, 1_100, 'S010', 12, { vatRatePercent: 5.5 }],
    ['PAU-GOB-001', 'Gobelets carton compostables 20 cl, carton de 1 000', 'Compostable paper cups 20 cl, case of 1,000', 'u', 3_900, 2_100, 5_500, 'S010', 8],
    ['PAU-MAC-001', 'Machine à café à grains professionnelle', 'Professional bean-to-cup coffee machine', 'u', 129_000, 84_500, 14_000, 'S010', 1],
    ['PAU-REP-001', 'Plateau-repas « Affaires », livré', '"Business" meal tray, delivered', 'u', 2_450, 1_420, 900, 'S011', 0, { vatRatePercent: 10, stockManaged: false }],
    ['PAU-REP-002', 'Plateau-repas végétarien, livré', 'Vegetarian meal tray, delivered', 'u', 2_250, 1_290, 900, 'S011', 0, { vatRatePercent: 10, stockManaged: false }],
    ['PAU-REP-003', 'Buffet froid de réunion, livré (par personne)', 'Cold meeting buffet, delivered (per person)', 'pers', 1_950, 1_120, 700, 'S011', 0, { vatRatePercent: 10, stockManaged: false }],
    ['PAU-ENT-001', 'Liquide vaisselle écolabel 1 L', 'Ecolabel washing-up liquid, 1 L', 'u', 390, 170, 1_100, 'S010', 20],
    ['PAU-ENT-002', 'Essuie-mains papier, colis de 20 rouleaux', 'Paper hand towels, case of 20 rolls', 'u', 2_990, 1_580, 7_000, 'S004', 15],
  ],
}

const BOOKS: ProductTable = {
  familyId: 'F07', kind: 'good', vatRatePercent: 5.5,
  rows: [
    ['LIV-GUI-001', 'Guide pratique de l\'ergonomie au bureau', 'Practical guide to office ergonomics', 'u', 2_400, 1_620, 450, 'S012', 6],
    ['LIV-GUI-002', 'Le télétravail en pratique', 'Remote working in practice', 'u', 1_990, 1_340, 350, 'S012', 5],
    ['LIV-GUI-003', 'Réussir l\'aménagement de ses espaces de travail', 'Designing successful workspaces', 'u', 2_900, 1_950, 600, 'S012', 3],
    ['LIV-GUI-004', 'Mémento de la relation client', 'Customer relations handbook', 'u', 2_200, 1_480, 400, 'S012', 4],
    ['LIV-GUI-005', 'Dictionnaire commercial français-anglais', 'French-English business dictionary', 'u', 3_400, 2_290, 900, 'S012', 3],
    ['LIV-GUI-006', 'Guide du RGPD pour les PME', 'GDPR guide for small businesses', 'u', 2_600, 1_740, 400, 'S012', 3],
    ['LIV-GUI-007', 'Manuel de secourisme au travail', 'Workplace first-aid handbook', 'u', 1_500, 1_010, 300, 'S012', 4],
    ['LIV-GUI-008', 'Guide de l\'assistant commercial (édition précédente)', 'The sales assistant\'s guide (previous edition)', 'u', 2_500, 1_680, 500, 'S012', 0, { inactive: true }],
  ],
}

const SERVICES: ProductTable = {
  familyId: 'F08', kind: 'service', vatRatePercent: 20,
  rows: [
    ['SER-LIV-001', 'Livraison standard en France métropolitaine', 'Standard delivery in mainland France', 'u', 2_900, 1_700, 0, '', 0],
    ['SER-LIV-002', 'Livraison et montée à l\'étage', 'Delivery and carrying upstairs', 'u', 8_900, 4_800, 0, 'S015', 0],
    ['SER-INS-001', 'Installation et montage de mobilier (heure)', 'Furniture installation and assembly (hour)', 'h', 5_500, 3_100, 0, 'S015', 0],
    ['SER-INS-002', 'Installation d\'un poste informatique (forfait)', 'Workstation set-up (flat fee)', 'u', 9_500, 4_400, 0, '', 0],
    ['SER-INS-003', 'Câblage réseau et pose de goulotte (heure)', 'Network cabling and trunking installation (hour)', 'h', 6_200, 3_300, 0, 'S015', 0],
    ['SER-FOR-001', 'Formation à l\'ergonomie du poste de travail (demi-journée)', 'Workstation ergonomics training (half day)', 'u', 45_000, 19_000, 0, '', 0],
    ['SER-FOR-002', 'Formation à la prise en main d\'un multifonction (heure)', 'Multifunction printer training (hour)', 'h', 7_500, 3_200, 0, '', 0],
    ['SER-MAI-001', 'Contrat de maintenance imprimante (un an)', 'Printer maintenance contract (one year)', 'u', 29_000, 15_000, 0, 'S009', 0],
    ['SER-AME-001', 'Étude d\'aménagement d\'espace avec plan 2D/3D', 'Space-planning study with 2D/3D plan', 'u', 39_000, 16_000, 0, '', 0],
    ['SER-REC-001', 'Reprise et recyclage d\'ancien mobilier (m³)', 'Take-back and recycling of old furniture (per m³)', 'm3', 4_500, 2_800, 0, 'S015', 0],
    ['SER-DEM-001', 'Démontage de mobilier (heure)', 'Furniture dismantling (hour)', 'h', 4_800, 2_700, 0, 'S015', 0],
    ['SER-MAR-001', 'Marquage au logo du client (par article)', 'Customer logo marking (per item)', 'u', 350, 140, 0, '', 0],
  ],
}

/** The eight family tables, in catalogue order (their order sets the product ids). */
export const PRODUCT_TABLES: ProductTable[] = [FURNITURE, SEATING, SUPPLIES, IT, PRINTING, BREAK_ROOM, BOOKS, SERVICES]
