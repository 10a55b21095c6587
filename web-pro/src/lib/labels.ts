/** French labels only pros see; the shared ones (statuses) are in @passculture/client. */

export const VENUE_TYPE_LABELS: Record<string, string> = {
  MOVIE: 'Cinéma',
  BOOKSTORE: 'Librairie',
  LIBRARY: 'Bibliothèque, médiathèque',
  MUSEUM: 'Musée',
  CONCERT_HALL: 'Salle de concert',
  PERFORMING_ARTS: 'Spectacle vivant',
  RECORD_STORE: 'Disquaire',
  MUSICAL_INSTRUMENT_STORE: "Magasin d'instruments de musique",
  CULTURAL_CENTRE: 'Centre culturel',
  FESTIVAL: 'Festival',
  ARTISTIC_COURSE: 'Cours et pratique artistiques',
  PATRIMONY_TOURISM: 'Patrimoine et tourisme',
  GAMES: 'Jeux',
  VISUAL_ARTS: 'Arts visuels',
  SCIENTIFIC_CULTURE: 'Culture scientifique',
  CREATIVE_ARTS_STORE: 'Magasin de loisirs créatifs',
  DIGITAL: 'Offres numériques',
  OTHER: 'Autre',
};
