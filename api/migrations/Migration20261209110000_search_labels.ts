import { Migration } from '@mikro-orm/migrations';
import { offerSearchSourceView } from './Migration20261203130000_offer_search.js';

/**
 * Each subcategory's label and its category's as they were when this migration was written
 * (`SUBCATEGORY_SEARCH_LABELS` in search.text.ts): a migration is history, and a test fails
 * when the code's labels no longer match the database's.
 */
const SEARCH_LABELS: [subcategoryId: string, labels: string][] = [
  ['SEANCE_CINE', 'Séance de cinéma Cinéma'],
  ['CARTE_CINE_MULTISEANCES', 'Carte cinéma multi-séances Cinéma'],
  ['SUPPORT_PHYSIQUE_FILM', 'Film sur support physique Films, vidéos'],
  ['VOD', 'Film en vidéo à la demande Films, vidéos'],
  ['ABO_PLATEFORME_VIDEO', 'Abonnement à une plateforme vidéo Films, vidéos'],
  ['LIVRE_PAPIER', 'Livre papier Livres'],
  ['LIVRE_AUDIO_PHYSIQUE', 'Livre audio sur support physique Livres'],
  ['LIVRE_NUMERIQUE', 'Livre numérique Livres'],
  ['CONCERT', 'Concert Concerts, festivals'],
  ['FESTIVAL_MUSIQUE', 'Festival de musique Concerts, festivals'],
  ['ABO_CONCERT', 'Abonnement concerts Concerts, festivals'],
  ['SUPPORT_PHYSIQUE_MUSIQUE', 'CD, vinyle Musique enregistrée'],
  ['TELECHARGEMENT_MUSIQUE', 'Téléchargement de musique Musique enregistrée'],
  ['ABO_PLATEFORME_MUSIQUE', 'Abonnement musique en ligne Musique enregistrée'],
  ['SPECTACLE_REPRESENTATION', 'Représentation Spectacles'],
  ['FESTIVAL_SPECTACLE', 'Festival de spectacle vivant Spectacles'],
  ['ABO_SPECTACLE', 'Abonnement spectacles Spectacles'],
  ['VISITE', 'Visite Musées, patrimoine, expositions'],
  ['VISITE_GUIDEE', 'Visite guidée Musées, patrimoine, expositions'],
  ['CARTE_MUSEE', 'Pass ou carte musée Musées, patrimoine, expositions'],
  ['ATELIER_PRATIQUE_ART', 'Atelier de pratique artistique Pratiques artistiques'],
  ['PRATIQUE_ART_COURS', 'Cours de pratique artistique Pratiques artistiques'],
  ['ACHAT_INSTRUMENT', "Achat d'instrument Instruments de musique"],
  ['LOCATION_INSTRUMENT', "Location d'instrument Instruments de musique"],
  ['MATERIEL_ART_CREATIF', 'Matériel de création artistique Beaux-arts'],
  ['CONFERENCE', 'Conférence Conférences, rencontres'],
  ['RENCONTRE', 'Rencontre, dédicace Conférences, rencontres'],
  ['ESCAPE_GAME', 'Escape game Jeux'],
  ['JEU_EN_LIGNE', 'Jeu en ligne Jeux'],
  ['JEU_SUPPORT_PHYSIQUE', 'Jeu de société Jeux'],
  ['ABO_PRESSE_EN_LIGNE', 'Abonnement presse en ligne Médias, presse'],
  ['PODCAST', 'Podcast Médias, presse'],
  ['ACTIVATION_THING', "Code d'activation Offres techniques"],
];

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The French words of an offer: its text, its description, and its subcategory's labels. */
const SEARCH_VECTOR = `to_tsvector('french'::regconfig, public.pc_unaccent(concat_ws(' ', o.name, o.author, o.performer,
               o.stage_director, coalesce(v.public_name, v.name), o.description,
               public.subcategory_search_labels(o.subcategory_id))))`;

/**
 * « concert » finds the concerts whose name is only their artist's (« Angèle » at the Zénith),
 * « musee » the visits of a museum called « Louvre »: the words of an offer's subcategory
 * label and its category's (« Concert Concerts, festivals ») join its French words. Ranking
 * still weighs the typed text against the offer's own text, so an offer that names the word
 * comes first.
 *
 * The labels are written into a SQL function; a test checks that they are still the code's,
 * so changing one needs a migration that writes the function again and rewrites the rows.
 * Every row of the search table is rewritten once (its triggers see no other change).
 */
export class Migration20261209110000_search_labels extends Migration {
  override async up(): Promise<void> {
    const cases = SEARCH_LABELS.map(
      ([id, words]) => `when ${sqlText(id)} then ${sqlText(words)}`,
    ).join('\n          ');
    this
      .addSql(`create or replace function subcategory_search_labels(subcategory_id text) returns text
      language sql immutable parallel safe as $$
        select case subcategory_id
          ${cases}
        end
      $$`);
    this.addSql(offerSearchSourceView(SEARCH_VECTOR));
    this.addSql(`update offer_search os set search_vector = ${SEARCH_VECTOR}
      from offer o join venue v on v.id = o.venue_id
      where o.id = os.offer_id`);
  }
}
