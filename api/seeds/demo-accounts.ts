/** The demo accounts people log in with; every generated account shares the same password. */
export const DEMO_PASSWORD = 'pass-culture-demo';

export const DEMO_EMAILS = {
  beneficiary: 'jeune@passculture.test',
  secondBeneficiary: 'jeune2@passculture.test',
  preRegistered: 'prejeune@passculture.test',
  activationRequest: 'demande@passculture.test',
  pro: 'pro@passculture.test',
  newOffererPro: 'pro.nouveau@passculture.test',
  admin: 'admin@passculture.test',
} as const;

/** `role`: the account's role, or NONE for a young person without credit yet. */
export const DEMO_ACCOUNTS: { email: string; role: string; description: string }[] = [
  {
    email: DEMO_EMAILS.beneficiary,
    role: 'BENEFICIARY',
    description:
      'Camille Martin, 18 ans, Saint-Denis (93) : bénéficiaire, crédit de 500 € (expérimentation 2019), quelques réservations',
  },
  {
    email: DEMO_EMAILS.secondBeneficiary,
    role: 'BENEFICIARY',
    description:
      'Léa Muller, 19 ans, Strasbourg (67) : crédit bien entamé, plafond numérique presque atteint',
  },
  {
    email: DEMO_EMAILS.preRegistered,
    role: 'NONE',
    description: 'Hugo Petit, 17 ans, Paris (75) : préinscrit, département pas encore ouvert',
  },
  {
    email: DEMO_EMAILS.activationRequest,
    role: 'NONE',
    description: "Inès Diallo, 18 ans, Rennes (35) : demande d'activation en attente de validation",
  },
  {
    email: DEMO_EMAILS.pro,
    role: 'PRO',
    description:
      "Louis Bernard : membre validé d'une structure de Seine-Saint-Denis à cinq lieux, rattachement en attente à une autre",
  },
  {
    email: DEMO_EMAILS.newOffererPro,
    role: 'PRO',
    description:
      'Sophie Garnier : structure du Val-de-Marne nouvellement inscrite, en attente de validation',
  },
  {
    email: DEMO_EMAILS.admin,
    role: 'ADMIN',
    description: 'Alice Moreau : administratrice (ministère de la Culture)',
  },
];
