import { clockName, PARIS_TIME_ZONE, timeZoneOfDepartment } from '../../shared/time-zones.js';
import { MailKind } from './outbox.entity.js';

/** A message ready for a transport: the same content as plain text and as HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Where the emails' links point (the apps' public origin), when it is known. */
export interface TemplateContext {
  publicUrl?: string;
}

/** Pieces of an email body; each renders to text and to escaped HTML the same way. */
type Block =
  | { paragraph: string }
  | { facts: ReadonlyArray<readonly [string, string | null | undefined]> }
  | { list: readonly string[] }
  | { link: string; url: string };

interface Composed {
  subject: string;
  greeting: string;
  blocks: Block[];
  signature?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('fr-FR', {
      timeZone,
      dateStyle: 'full',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formats.set(key, formatter);
  }
  return formatter;
}
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/**
 * « jeudi 26 novembre 2026 à 20:30 », on the clock of `timeZone` (Paris unless told),
 * which is named when it is not Paris: « … à 20:00 (heure de Cayenne) ».
 */
export function formatDateTime(value: unknown, timeZone = PARIS_TIME_ZONE): string | null {
  const date = asDate(value);
  if (!date) return null;
  const clock = clockName(timeZone);
  return `${format(timeZone, true).format(date)}${clock ? ` (${clock})` : ''}`;
}

export function formatDate(value: unknown, timeZone = PARIS_TIME_ZONE): string | null {
  const date = asDate(value);
  return date ? format(timeZone, false).format(date) : null;
}

/** The clock a booking's email speaks in: its venue's (Paris for a digital offer). */
function venueClock(payload: Record<string, unknown>): string {
  if (payload.isVirtual === true) return PARIS_TIME_ZONE;
  const code = payload.venueDepartmentCode;
  return timeZoneOfDepartment(typeof code === 'string' ? code : null);
}

export function formatEuros(cents: unknown): string | null {
  return typeof cents === 'number' ? euros.format(cents / 100) : null;
}

function asDate(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function str(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

function num(payload: Record<string, unknown>, key: string): number | null {
  const value = payload[key];
  return typeof value === 'number' ? value : null;
}

/** The apps' public origin without a trailing slash. */
function baseUrl(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, '');
}

function hello(payload: Record<string, unknown>): string {
  const name = str(payload, 'firstName');
  return name ? `Bonjour ${name},` : 'Bonjour,';
}

/** Where to go: the venue's address, or « en ligne » for a digital offer. */
function place(payload: Record<string, unknown>): string {
  if (payload.isVirtual === true) return 'En ligne';
  const cityLine = [str(payload, 'venuePostalCode'), str(payload, 'venueCity')]
    .filter(Boolean)
    .join(' ');
  return [str(payload, 'venueName'), str(payload, 'venueAddress'), cityLine]
    .filter(Boolean)
    .join(', ');
}

function bookingLink(payload: Record<string, unknown>, context: TemplateContext): Block[] {
  if (!context.publicUrl) return [];
  const base = baseUrl(context.publicUrl);
  return [
    { link: 'Voir ma réservation', url: `${base}/reservations/${str(payload, 'bookingId')}` },
  ];
}

function quantityLabel(payload: Record<string, unknown>): string {
  const quantity = num(payload, 'quantity') ?? 1;
  return quantity > 1 ? `${quantity} places` : '1 place';
}

const CANCELLATION_CAUSES: Record<string, string> = {
  OFFERER: 'Le lieu qui propose cette offre a annulé ta réservation.',
  EXPIRED:
    "Tu n'as pas retiré ta réservation à temps : elle a été annulée automatiquement à la fin du délai de retrait.",
  FRAUD: 'Le pass Culture a annulé ta réservation.',
  BACKOFFICE: 'Le pass Culture a annulé ta réservation.',
  BENEFICIARY: 'Tu as annulé ta réservation.',
};

const TEMPLATES: Record<MailKind, (p: Record<string, unknown>, c: TemplateContext) => Composed> = {
  [MailKind.BOOKING_CONFIRMED]: (p, c) => ({
    subject: `Ta réservation pour « ${str(p, 'offerName')} » est confirmée`,
    greeting: hello(p),
    blocks: [
      { paragraph: `Ta réservation pour « ${str(p, 'offerName')} » est confirmée.` },
      {
        facts: [
          ['Offre', str(p, 'offerName')],
          ['Où', place(p)],
          ['Quand', formatDateTime(p.beginsAt, venueClock(p))],
          ['Code de réservation', str(p, 'token')],
          ['Places', quantityLabel(p)],
          ['Montant', formatEuros(p.amountCents)],
          ["Annulation possible jusqu'au", formatDateTime(p.cancellationLimitAt, venueClock(p))],
          ['Crédit restant', formatEuros(p.creditLeftCents)],
        ],
      },
      {
        paragraph:
          p.isVirtual === true
            ? 'Ton offre est en ligne : retrouve ton code et le lien dans « Mes réservations ».'
            : 'Présente ce code (ou le QR code de ton billet dans « Mes réservations ») sur place.',
      },
      ...bookingLink(p, c),
    ],
  }),
  [MailKind.VENUE_NEW_BOOKING]: (p) => ({
    subject: `Nouvelle réservation : ${str(p, 'offerName')}`,
    greeting: 'Bonjour,',
    blocks: [
      {
        paragraph: `Une nouvelle réservation pass Culture a été faite dans votre lieu ${str(p, 'venueName')}.`,
      },
      {
        facts: [
          ['Offre', str(p, 'offerName')],
          ['Date', formatDateTime(p.beginsAt, venueClock(p))],
          ['Code de réservation', str(p, 'token')],
          ['Places', quantityLabel(p)],
          ['Montant', formatEuros(p.amountCents)],
          [
            "Annulable par la personne jusqu'au",
            formatDateTime(p.cancellationLimitAt, venueClock(p)),
          ],
        ],
      },
      {
        paragraph: "Validez ce code au guichet de l'espace pro quand la personne se présente.",
      },
    ],
  }),
  [MailKind.BOOKING_CANCELLED]: (p, c) => ({
    subject: `Ta réservation pour « ${str(p, 'offerName')} » est annulée`,
    greeting: hello(p),
    blocks: [
      {
        paragraph:
          CANCELLATION_CAUSES[str(p, 'cancellationReason')] ?? 'Ta réservation a été annulée.',
      },
      {
        facts: [
          ['Offre', str(p, 'offerName')],
          ['Où', place(p)],
          ['Quand', formatDateTime(p.beginsAt, venueClock(p))],
          ['Code de réservation', str(p, 'token')],
          ['Montant recrédité', formatEuros(p.amountCents)],
          ['Crédit restant', formatEuros(p.creditLeftCents)],
        ],
      },
      { paragraph: 'Le montant de la réservation a été rendu à ton crédit pass Culture.' },
      ...bookingLink(p, c),
    ],
  }),
  [MailKind.BOOKING_DATE_CHANGED]: (p, c) => ({
    subject: `La date de « ${str(p, 'offerName')} » a changé`,
    greeting: hello(p),
    blocks: [
      {
        paragraph: `Le lieu qui propose « ${str(p, 'offerName')} » en a changé la date. Ta réservation est maintenue à la nouvelle date.`,
      },
      {
        facts: [
          ['Offre', str(p, 'offerName')],
          ['Où', place(p)],
          ['Ancienne date', formatDateTime(p.previousBeginsAt, venueClock(p))],
          ['Nouvelle date', formatDateTime(p.beginsAt, venueClock(p))],
          ['Code de réservation', str(p, 'token')],
          ["Annulation possible jusqu'au", formatDateTime(p.cancellationLimitAt, venueClock(p))],
        ],
      },
      {
        paragraph:
          "Si la nouvelle date ne te convient pas, tu peux annuler ta réservation jusqu'à cette limite dans « Mes réservations » : le montant sera rendu à ton crédit.",
      },
      ...bookingLink(p, c),
    ],
  }),
  [MailKind.EXPIRY_REMINDER]: (p, c) => ({
    subject: `Plus que ${num(p, 'reminderDays') ?? ''} jours pour retirer « ${str(p, 'offerName')} »`,
    greeting: hello(p),
    blocks: [
      {
        paragraph: `Ta réservation pour « ${str(p, 'offerName')} » sera annulée si tu ne la retires pas avant le ${formatDateTime(p.expiresAt, venueClock(p)) ?? ''}.`,
      },
      {
        facts: [
          ['Offre', str(p, 'offerName')],
          ['Où', place(p)],
          ['Code de réservation', str(p, 'token')],
          ['À retirer avant le', formatDateTime(p.expiresAt, venueClock(p))],
        ],
      },
      { paragraph: 'Présente ton code sur place pour retirer ta réservation.' },
      ...bookingLink(p, c),
    ],
    signature: 'Tu peux désactiver ces rappels dans ton profil, rubrique « E-mails ».',
  }),
  [MailKind.PRO_DAILY_SUMMARY]: (p) => {
    const offers = Array.isArray(p.offers) ? (p.offers as Record<string, unknown>[]) : [];
    const day = formatDate(`${str(p, 'day')}T12:00:00Z`) ?? str(p, 'day');
    return {
      subject: `Vos réservations du ${day}`,
      greeting: hello(p),
      blocks: [
        {
          paragraph: `Le ${day}, vos lieux ont reçu ${num(p, 'bookingCount') ?? 0} réservation(s) pour ${num(p, 'placeCount') ?? 0} place(s).`,
        },
        {
          list: offers.map(
            (offer) =>
              `${str(offer, 'offerName')} (${str(offer, 'venueName')}) : ${num(offer, 'bookings') ?? 0} réservation(s), ${num(offer, 'places') ?? 0} place(s)`,
          ),
        },
        { paragraph: 'Le détail des réservations est dans votre espace pro.' },
      ],
      signature:
        'Vous recevez ce récapitulatif parce que vous l’avez demandé ; vous pouvez le désactiver à tout moment.',
    };
  },
  [MailKind.ACTIVATION_APPROVED]: (p) => ({
    subject: 'Ton crédit pass Culture est activé',
    greeting: hello(p),
    blocks: [
      {
        paragraph:
          'Bonne nouvelle : ta demande a été acceptée et ton crédit pass Culture est activé.',
      },
      {
        facts: [
          ['Crédit', formatEuros(p.creditCents)],
          ["Valable jusqu'au", formatDate(p.expiresAt)],
        ],
      },
      { paragraph: 'Tu peux dès maintenant réserver des sorties, des livres et bien plus encore.' },
    ],
  }),
  [MailKind.ACTIVATION_REJECTED]: (p) => ({
    subject: "Ta demande de crédit pass Culture n'a pas été acceptée",
    greeting: hello(p),
    blocks: [
      { paragraph: "Ta demande de crédit pass Culture n'a pas été acceptée." },
      { facts: [['Motif', str(p, 'reason')]] },
      {
        paragraph:
          "Vérifie les conditions d'éligibilité (âge, lieu de résidence). Si tu penses qu'il s'agit d'une erreur, contacte le support du pass Culture.",
      },
    ],
  }),
  [MailKind.OFFER_REJECTED]: (p) => {
    const cancelled = num(p, 'cancelledBookings') ?? 0;
    return {
      subject: `Votre offre « ${str(p, 'offerName')} » a été refusée`,
      greeting: hello(p),
      blocks: [
        {
          paragraph: `L'équipe de modération du pass Culture a refusé votre offre « ${str(p, 'offerName')} » (${str(p, 'venueName')}). Elle n'est plus visible des jeunes.`,
        },
        { facts: [['Motif', str(p, 'reason')]] },
        {
          paragraph:
            cancelled > 0
              ? `${cancelled} réservation(s) en cours ont été annulées ; les jeunes concernés ont été prévenus et recrédités.`
              : "Elle n'avait aucune réservation en cours.",
        },
        { paragraph: 'Vous pouvez modifier votre offre depuis votre espace pro.' },
      ],
    };
  },
  [MailKind.OFFERER_DECIDED]: (p, context) =>
    p.decision === 'VALIDATED'
      ? {
          subject: `Votre structure « ${str(p, 'offererName')} » est validée`,
          greeting: hello(p),
          blocks: [
            {
              paragraph: `L'équipe du pass Culture a validé votre structure « ${str(p, 'offererName')} » (SIREN ${str(p, 'siren')}). Ses offres approuvées sont désormais visibles des jeunes.`,
            },
            ...proSpaceLink(context),
          ],
        }
      : {
          subject: `Votre structure « ${str(p, 'offererName')} » n'a pas été validée`,
          greeting: hello(p),
          blocks: [
            {
              paragraph: `L'équipe du pass Culture n'a pas validé votre structure « ${str(p, 'offererName')} » (SIREN ${str(p, 'siren')}). Ses offres ne seront pas proposées aux jeunes.`,
            },
            { facts: [['Motif', str(p, 'reason')]] },
            {
              paragraph:
                "Si vous pensez qu'il s'agit d'une erreur, répondez au support du pass Culture en rappelant votre SIREN.",
            },
          ],
        },
  [MailKind.MEMBERSHIP_DECIDED]: (p, context) =>
    p.decision === 'VALIDATED'
      ? {
          subject: `Vous avez rejoint « ${str(p, 'offererName')} » sur pass Culture Pro`,
          greeting: hello(p),
          blocks: [
            {
              paragraph: `Votre demande de rattachement à « ${str(p, 'offererName')} » est acceptée : vous pouvez gérer ses lieux, ses offres et ses réservations.`,
            },
            ...proSpaceLink(context),
          ],
        }
      : {
          subject: `Votre demande de rattachement à « ${str(p, 'offererName')} » n'a pas été acceptée`,
          greeting: hello(p),
          blocks: [
            {
              paragraph: `Votre demande de rattachement à « ${str(p, 'offererName')} » n'a pas été acceptée.`,
            },
            { facts: [['Motif', str(p, 'reason')]] },
          ],
        },
  [MailKind.DEPARTMENT_OPENED]: (p, context) => ({
    subject: 'Le pass Culture est ouvert dans ton département',
    greeting: hello(p),
    blocks: [
      {
        paragraph: `Bonne nouvelle : le pass Culture est maintenant ouvert dans ton département (${str(p, 'departmentName')}, ${str(p, 'departmentCode')}). Tu peux demander ton crédit depuis l'application, dans ton profil.`,
      },
      ...(context.publicUrl
        ? [{ link: 'Ouvrir le pass Culture', url: `${baseUrl(context.publicUrl)}/profil` }]
        : []),
    ],
    signature:
      'Tu reçois cet e-mail parce que tu t’es préinscrit ; tu peux désactiver ces informations dans ton profil.',
  }),
  [MailKind.EMAIL_CONFIRMATION]: (p, context) => {
    const young = p.audience !== 'pro';
    return {
      subject: young ? 'Confirme ton adresse e-mail' : 'Confirmez votre adresse e-mail',
      greeting: hello(p),
      blocks: [
        {
          paragraph: young
            ? 'Bienvenue sur le pass Culture ! Pour terminer ton inscription, confirme ton adresse e-mail avec ce lien :'
            : 'Bienvenue sur pass Culture Pro ! Pour terminer votre inscription, confirmez votre adresse e-mail avec ce lien :',
        },
        {
          link: 'Confirmer mon adresse',
          url: appUrl(context, young ? '' : '/pro', `/confirmer-email?jeton=${str(p, 'token')}`),
        },
        { facts: [['Valable jusqu’au', formatDateTime(p.expiresAt)]] },
        {
          paragraph: young
            ? "Ce lien ne sert qu'une fois. Si tu n'as pas créé de compte, ignore cet e-mail : le compte non confirmé sera supprimé dans quelques jours."
            : "Ce lien ne sert qu'une fois. Si vous n'avez pas créé de compte, ignorez cet e-mail : le compte non confirmé sera supprimé dans quelques jours.",
        },
      ],
    };
  },
  [MailKind.SIGN_UP_ATTEMPT]: (p, context) => {
    // Addressed to the owner of the account (« vous » for pros, « tu » otherwise).
    const pro = p.isPro === true;
    return {
      subject: pro
        ? 'Quelqu’un a essayé de créer un compte avec votre adresse'
        : 'Quelqu’un a essayé de créer un compte avec ton adresse',
      greeting: hello(p),
      blocks: [
        {
          paragraph: pro
            ? 'Quelqu’un a essayé de créer un compte pass Culture avec votre adresse e-mail. Vous avez déjà un compte : aucun autre compte ne sera créé avec cette adresse, et le vôtre n’a pas changé.'
            : 'Quelqu’un a essayé de créer un compte pass Culture avec ton adresse e-mail. Tu as déjà un compte : aucun autre compte ne sera créé avec cette adresse, et le tien n’a pas changé.',
        },
        {
          paragraph: pro
            ? 'Si c’était vous, connectez-vous simplement avec votre adresse et votre mot de passe habituel. Mot de passe oublié ? Écrivez au support du pass Culture depuis cette adresse.'
            : 'Si c’était toi, connecte-toi simplement avec ton adresse et ton mot de passe habituel. Mot de passe oublié ? Écris au support du pass Culture depuis cette adresse.',
        },
        {
          link: 'Se connecter',
          url: appUrl(context, pro ? '/pro' : '', '/connexion'),
        },
        {
          paragraph: pro
            ? 'Si ce n’était pas vous, vous n’avez rien à faire.'
            : 'Si ce n’était pas toi, tu n’as rien à faire.',
        },
      ],
    };
  },
};

/**
 * A link into one of the apps: absolute when the apps' public address is known, else the
 * path alone (to paste after the address of the app).
 */
function appUrl(context: TemplateContext, app: '' | '/pro', path: string): string {
  return `${context.publicUrl ? baseUrl(context.publicUrl) : ''}${app}${path}`;
}

/** A link to the pro space, when the apps' public address is known. */
function proSpaceLink(context: TemplateContext): Block[] {
  return context.publicUrl
    ? [{ link: 'Ouvrir pass Culture Pro', url: `${baseUrl(context.publicUrl)}/pro/` }]
    : [{ paragraph: 'Retrouvez-la dans votre espace pass Culture Pro.' }];
}

const SIGN_OFF = "L'équipe pass Culture";

/** Renders a message of the outbox: French, plain text and HTML (everything escaped). */
export function renderMail(
  kind: MailKind,
  payload: Record<string, unknown>,
  context: TemplateContext = {},
): RenderedMail {
  const template = TEMPLATES[kind];
  if (!template) throw new Error(`No template for mail kind ${kind}`);
  const mail = template(payload, context);
  return { subject: mail.subject, text: toText(mail), html: toHtml(mail) };
}

function presentFacts(facts: ReadonlyArray<readonly [string, string | null | undefined]>) {
  return facts.filter((fact): fact is readonly [string, string] => Boolean(fact[1]));
}

function toText(mail: Composed): string {
  const parts = [mail.greeting];
  for (const block of mail.blocks) {
    if ('paragraph' in block) parts.push(block.paragraph);
    else if ('facts' in block)
      parts.push(
        presentFacts(block.facts)
          .map(([label, value]) => `${label} : ${value}`)
          .join('\n'),
      );
    else if ('list' in block) parts.push(block.list.map((item) => `- ${item}`).join('\n'));
    else parts.push(`${block.link} : ${block.url}`);
  }
  parts.push(SIGN_OFF);
  if (mail.signature) parts.push(mail.signature);
  return `${parts.join('\n\n')}\n`;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function toHtml(mail: Composed): string {
  const body = [`<p>${escapeHtml(mail.greeting)}</p>`];
  for (const block of mail.blocks) {
    if ('paragraph' in block) body.push(`<p>${escapeHtml(block.paragraph)}</p>`);
    else if ('facts' in block) {
      const rows = presentFacts(block.facts)
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
        )
        .join('');
      body.push(`<table role="presentation">${rows}</table>`);
    } else if ('list' in block) {
      body.push(`<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    } else {
      body.push(`<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.link)}</a></p>`);
    }
  }
  body.push(`<p>${escapeHtml(SIGN_OFF)}</p>`);
  if (mail.signature)
    body.push(`<p style="color:#555;font-size:small">${escapeHtml(mail.signature)}</p>`);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;color:#161617">${body.join('\n')}</body></html>`;
}
