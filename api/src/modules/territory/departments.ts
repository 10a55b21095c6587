/** French departments: code and name. Codes are text (2A/2B for Corsica, 971-976 overseas). */
export const DEPARTMENTS: ReadonlyArray<readonly [code: string, name: string]> = [
  ['01', 'Ain'],
  ['02', 'Aisne'],
  ['03', 'Allier'],
  ['04', 'Alpes-de-Haute-Provence'],
  ['05', 'Hautes-Alpes'],
  ['06', 'Alpes-Maritimes'],
  ['07', 'Ardèche'],
  ['08', 'Ardennes'],
  ['09', 'Ariège'],
  ['10', 'Aube'],
  ['11', 'Aude'],
  ['12', 'Aveyron'],
  ['13', 'Bouches-du-Rhône'],
  ['14', 'Calvados'],
  ['15', 'Cantal'],
  ['16', 'Charente'],
  ['17', 'Charente-Maritime'],
  ['18', 'Cher'],
  ['19', 'Corrèze'],
  ['2A', 'Corse-du-Sud'],
  ['2B', 'Haute-Corse'],
  ['21', "Côte-d'Or"],
  ['22', "Côtes-d'Armor"],
  ['23', 'Creuse'],
  ['24', 'Dordogne'],
  ['25', 'Doubs'],
  ['26', 'Drôme'],
  ['27', 'Eure'],
  ['28', 'Eure-et-Loir'],
  ['29', 'Finistère'],
  ['30', 'Gard'],
  ['31', 'Haute-Garonne'],
  ['32', 'Gers'],
  ['33', 'Gironde'],
  ['34', 'Hérault'],
  ['35', 'Ille-et-Vilaine'],
  ['36', 'Indre'],
  ['37', 'Indre-et-Loire'],
  ['38', 'Isère'],
  ['39', 'Jura'],
  ['40', 'Landes'],
  ['41', 'Loir-et-Cher'],
  ['42', 'Loire'],
  ['43', 'Haute-Loire'],
  ['44', 'Loire-Atlantique'],
  ['45', 'Loiret'],
  ['46', 'Lot'],
  ['47', 'Lot-et-Garonne'],
  ['48', 'Lozère'],
  ['49', 'Maine-et-Loire'],
  ['50', 'Manche'],
  ['51', 'Marne'],
  ['52', 'Haute-Marne'],
  ['53', 'Mayenne'],
  ['54', 'Meurthe-et-Moselle'],
  ['55', 'Meuse'],
  ['56', 'Morbihan'],
  ['57', 'Moselle'],
  ['58', 'Nièvre'],
  ['59', 'Nord'],
  ['60', 'Oise'],
  ['61', 'Orne'],
  ['62', 'Pas-de-Calais'],
  ['63', 'Puy-de-Dôme'],
  ['64', 'Pyrénées-Atlantiques'],
  ['65', 'Hautes-Pyrénées'],
  ['66', 'Pyrénées-Orientales'],
  ['67', 'Bas-Rhin'],
  ['68', 'Haut-Rhin'],
  ['69', 'Rhône'],
  ['70', 'Haute-Saône'],
  ['71', 'Saône-et-Loire'],
  ['72', 'Sarthe'],
  ['73', 'Savoie'],
  ['74', 'Haute-Savoie'],
  ['75', 'Paris'],
  ['76', 'Seine-Maritime'],
  ['77', 'Seine-et-Marne'],
  ['78', 'Yvelines'],
  ['79', 'Deux-Sèvres'],
  ['80', 'Somme'],
  ['81', 'Tarn'],
  ['82', 'Tarn-et-Garonne'],
  ['83', 'Var'],
  ['84', 'Vaucluse'],
  ['85', 'Vendée'],
  ['86', 'Vienne'],
  ['87', 'Haute-Vienne'],
  ['88', 'Vosges'],
  ['89', 'Yonne'],
  ['90', 'Territoire de Belfort'],
  ['91', 'Essonne'],
  ['92', 'Hauts-de-Seine'],
  ['93', 'Seine-Saint-Denis'],
  ['94', 'Val-de-Marne'],
  ['95', "Val-d'Oise"],
  ['971', 'Guadeloupe'],
  ['972', 'Martinique'],
  ['973', 'Guyane'],
  ['974', 'La Réunion'],
  ['976', 'Mayotte'],
];

/** The departments of the 2019 experiment: open to the pass from the start. */
export const EXPERIMENT_DEPARTMENTS_2019: readonly string[] = [
  '08',
  '22',
  '25',
  '29',
  '34',
  '35',
  '56',
  '58',
  '67',
  '71',
  '84',
  '93',
  '94',
  '973',
];

/**
 * The overseas collectivities, with codes of their own (INSEE's): they are rows of the
 * `department` table like the departments, and whether the pass is open there is data
 * (`department.is_open`), closed until the ministry opens them.
 */
export const OVERSEAS_COLLECTIVITIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['975', 'Saint-Pierre-et-Miquelon'],
  ['977', 'Saint-Barthélemy'],
  ['978', 'Saint-Martin'],
  ['987', 'Polynésie française'],
  ['988', 'Nouvelle-Calédonie'],
];

const departmentNames = new Map([...DEPARTMENTS, ...OVERSEAS_COLLECTIVITIES]);

/** The name of a department or overseas collectivity. */
export function departmentName(code: string): string | undefined {
  return departmentNames.get(code);
}

/**
 * Postal codes of the Antilles whose first three digits (971) are not their territory's:
 * Saint-Barthélemy and Saint-Martin, and their Cedex codes (970xx).
 */
const POSTAL_CODE_EXCEPTIONS: Readonly<Record<string, string>> = {
  '97133': '977', // Saint-Barthélemy
  '97095': '977', // Saint-Barthélemy Cedex
  '97150': '978', // Saint-Martin
  '97055': '978', // Saint-Martin Cedex
  '97079': '978', // Saint-Martin Cedex
};

/**
 * The department (or overseas collectivity) of a French postal code: the first two digits,
 * except Corsica (20000-20199 → 2A, 20200-20999 → 2B), overseas (97x, 98x → three digits:
 * 975 Saint-Pierre-et-Miquelon, 987 Polynesia, 988 New Caledonia) and the exceptions above
 * (97133 → 977, 97150 → 978 and their Cedex codes). Returns null for a code that is no
 * known territory's (malformed, Monaco 980, Wallis-et-Futuna 986).
 */
export function departmentFromPostalCode(postalCode: string): string | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  const prefix = postalCode.slice(0, 2);
  let code: string;
  if (POSTAL_CODE_EXCEPTIONS[postalCode]) code = POSTAL_CODE_EXCEPTIONS[postalCode];
  else if (prefix === '20') code = Number(postalCode) < 20200 ? '2A' : '2B';
  else if (prefix === '97' || prefix === '98') code = postalCode.slice(0, 3);
  else code = prefix;
  return departmentNames.has(code) ? code : null;
}
