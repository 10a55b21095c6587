import type { ReactNode } from 'react';

/**
 * The picture of an offer or a venue that has none: an illustration drawn from its
 * category, in the apps' colours (the magenta and violet accents, their soft tints), so a
 * list never shows a broken or empty frame. Pure SVG, no request, decorative (the title
 * beside it says what it is).
 */

export type ImageShape = 'offer' | 'venue';

/** Width / height of each shape: the api crops uploads to the same ratios. */
export const IMAGE_RATIOS: Record<ImageShape, { width: number; height: number }> = {
  offer: { width: 3, height: 4 },
  venue: { width: 3, height: 2 },
};

interface Palette {
  from: string;
  to: string;
  shape: string;
}

/** Two stops of a gradient and a motif colour, each category its own, all in the app's range. */
const PALETTES: Record<string, Palette> = {
  CINEMA: { from: '#8a0f6b', to: '#3d0a55', shape: '#ffd6f1' },
  FILM: { from: '#6b1f8f', to: '#2a0f47', shape: '#e9d6ff' },
  LIVRE: { from: '#f8e9f4', to: '#e4c6dc', shape: '#8a0f6b' },
  MUSIQUE_LIVE: { from: '#b3127f', to: '#5a0d6e', shape: '#ffe4f5' },
  MUSIQUE_ENREGISTREE: { from: '#4f166a', to: '#8a0f6b', shape: '#f8e9f4' },
  SPECTACLE: { from: '#a1081f', to: '#66094f', shape: '#ffe9ec' },
  MUSEE: { from: '#efe9f7', to: '#d8c8ec', shape: '#4f166a' },
  BEAUX_ARTS: { from: '#fff4e0', to: '#f3d9ee', shape: '#8a0f6b' },
  PRATIQUE_ART: { from: '#e8f1fb', to: '#ecd9f3', shape: '#6b1f8f' },
  INSTRUMENT: { from: '#123f6e', to: '#6b1f8f', shape: '#e8f1fb' },
  CONFERENCE: { from: '#e6f4ea', to: '#e9e0f3', shape: '#4f166a' },
  JEU: { from: '#6b1f8f', to: '#b3127f', shape: '#fff4e0' },
  MEDIA: { from: '#f4f3f6', to: '#dcd9e3', shape: '#66094f' },
  TECHNIQUE: { from: '#56565c', to: '#2b2b33', shape: '#f4f3f6' },
  VENUE: { from: '#8a0f6b', to: '#6b1f8f', shape: '#f8e9f4' },
};

/** The motif of each category, drawn in a 300 × 300 square centred in the frame. */
function motif(category: string, color: string): ReactNode {
  const stroke = { fill: 'none', stroke: color, strokeWidth: 10, strokeLinecap: 'round' as const };
  switch (category) {
    case 'CINEMA':
    case 'FILM':
      return (
        <g>
          <rect x="60" y="90" width="180" height="120" rx="14" {...stroke} />
          {[0, 1, 2, 3, 4].map((i) => (
            <g key={i} fill={color}>
              <rect x={72 + i * 34} y="100" width="16" height="12" rx="3" />
              <rect x={72 + i * 34} y="188" width="16" height="12" rx="3" />
            </g>
          ))}
          <path d="M135 128 L175 150 L135 172 Z" fill={color} />
        </g>
      );
    case 'LIVRE':
      return (
        <g>
          <path d="M150 95 C120 80 85 80 60 90 V215 C85 205 120 205 150 220 Z" {...stroke} />
          <path d="M150 95 C180 80 215 80 240 90 V215 C215 205 180 205 150 220 Z" {...stroke} />
          <path
            d="M80 120 H130 M80 145 H130 M80 170 H125 M170 120 H220 M170 145 H220"
            {...stroke}
            strokeWidth={6}
            opacity={0.7}
          />
        </g>
      );
    case 'MUSIQUE_LIVE':
    case 'MUSIQUE_ENREGISTREE':
      return (
        <g>
          <circle cx="150" cy="150" r="85" {...stroke} />
          <circle cx="150" cy="150" r="55" {...stroke} strokeWidth={4} opacity={0.6} />
          <circle cx="150" cy="150" r="16" fill={color} />
          <path d="M230 70 V140 M230 70 L262 80" {...stroke} strokeWidth={8} />
          <circle cx="220" cy="142" r="12" fill={color} />
        </g>
      );
    case 'SPECTACLE':
      return (
        <g>
          <path d="M40 60 Q95 60 100 240" {...stroke} />
          <path d="M260 60 Q205 60 200 240" {...stroke} />
          <path d="M40 60 H260" {...stroke} />
          <circle cx="150" cy="160" r="38" {...stroke} />
          <path d="M132 150 h8 M160 150 h8 M133 176 Q150 190 167 176" {...stroke} strokeWidth={6} />
        </g>
      );
    case 'MUSEE':
    case 'BEAUX_ARTS':
      return (
        <g>
          <rect x="55" y="75" width="190" height="150" rx="6" {...stroke} />
          <circle cx="200" cy="115" r="16" fill={color} />
          <path d="M70 210 L125 145 L160 185 L185 160 L232 210 Z" fill={color} opacity={0.85} />
        </g>
      );
    case 'PRATIQUE_ART':
      return (
        <g>
          <path
            d="M150 70 C210 70 250 110 245 160 C240 200 200 190 190 215 C180 240 150 235 130 232 C80 225 55 190 60 150 C65 105 100 70 150 70 Z"
            {...stroke}
          />
          {[
            [115, 120],
            [160, 105],
            [200, 135],
            [105, 170],
          ].map(([cx, cy]) => (
            <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="13" fill={color} />
          ))}
        </g>
      );
    case 'INSTRUMENT':
      return (
        <g>
          <circle cx="130" cy="190" r="48" {...stroke} />
          <circle cx="165" cy="150" r="34" {...stroke} />
          <circle cx="135" cy="185" r="12" fill={color} />
          <path d="M180 135 L245 65" {...stroke} strokeWidth={14} />
        </g>
      );
    case 'CONFERENCE':
      return (
        <g>
          <path
            d="M60 90 H190 a14 14 0 0 1 14 14 V160 a14 14 0 0 1 -14 14 H110 L80 200 V174 H60 a14 14 0 0 1 -14 -14 V104 a14 14 0 0 1 14 -14 Z"
            {...stroke}
          />
          <path
            d="M220 130 H240 a14 14 0 0 1 14 14 V195 a14 14 0 0 1 -14 14 H230 V232 L205 209 H160"
            {...stroke}
            opacity={0.7}
          />
        </g>
      );
    case 'JEU':
      return (
        <g>
          <rect x="80" y="80" width="140" height="140" rx="24" {...stroke} />
          {[
            [115, 115],
            [185, 115],
            [150, 150],
            [115, 185],
            [185, 185],
          ].map(([cx, cy]) => (
            <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="12" fill={color} />
          ))}
        </g>
      );
    case 'MEDIA':
      return (
        <g>
          <rect x="65" y="70" width="170" height="160" rx="10" {...stroke} />
          <rect x="90" y="95" width="55" height="45" fill={color} />
          <path
            d="M165 100 H210 M165 125 H210 M90 165 H210 M90 190 H190"
            {...stroke}
            strokeWidth={7}
          />
        </g>
      );
    case 'VENUE':
      return (
        <g>
          <path d="M60 120 L150 70 L240 120" {...stroke} />
          <path d="M75 230 H225" {...stroke} />
          {[90, 130, 170, 210].map((x) => (
            <path key={x} d={`M${x} 135 V215`} {...stroke} strokeWidth={12} />
          ))}
        </g>
      );
    default:
      return (
        <g>
          <circle cx="150" cy="150" r="70" {...stroke} />
          <path
            d="M150 105 L162 138 L197 138 L169 158 L180 192 L150 172 L120 192 L131 158 L103 138 L138 138 Z"
            fill={color}
          />
        </g>
      );
  }
}

export interface CategoryIllustrationProps {
  /** A category id (`CINEMA`, `LIVRE`…), or `VENUE`; anything else gets a neutral motif. */
  categoryId: string;
  shape?: ImageShape;
  className?: string;
}

export function CategoryIllustration({
  categoryId,
  shape = 'offer',
  className,
}: CategoryIllustrationProps) {
  const palette = PALETTES[categoryId] ?? PALETTES.VENUE!;
  const ratio = IMAGE_RATIOS[shape];
  const width = 300;
  const height = (width * ratio.height) / ratio.width;
  const gradientId = `pc-illustration-${categoryId}-${shape}`;
  return (
    <svg
      className={className ? `media-illustration ${className}` : 'media-illustration'}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
      data-category={PALETTES[categoryId] ? categoryId : 'DEFAULT'}
      preserveAspectRatio="xMidYMid slice"
    >
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={palette.from} />
          <stop offset="1" stopColor={palette.to} />
        </linearGradient>
      </defs>
      <rect width={width} height={height} fill={`url(#${gradientId})`} />
      <circle
        cx={width * 0.85}
        cy={height * 0.12}
        r={width * 0.35}
        fill={palette.shape}
        opacity={0.12}
      />
      <circle
        cx={width * 0.1}
        cy={height * 0.92}
        r={width * 0.45}
        fill={palette.shape}
        opacity={0.1}
      />
      <g transform={`translate(0 ${(height - 300) / 2})`}>{motif(categoryId, palette.shape)}</g>
    </svg>
  );
}

/** What the apps' venue types look like, as a category's illustration. */
const VENUE_TYPE_CATEGORIES: Record<string, string> = {
  MOVIE: 'CINEMA',
  BOOKSTORE: 'LIVRE',
  LIBRARY: 'LIVRE',
  MUSEUM: 'MUSEE',
  PATRIMONY_TOURISM: 'MUSEE',
  CONCERT_HALL: 'MUSIQUE_LIVE',
  FESTIVAL: 'MUSIQUE_LIVE',
  PERFORMING_ARTS: 'SPECTACLE',
  RECORD_STORE: 'MUSIQUE_ENREGISTREE',
  MUSICAL_INSTRUMENT_STORE: 'INSTRUMENT',
  ARTISTIC_COURSE: 'PRATIQUE_ART',
  VISUAL_ARTS: 'BEAUX_ARTS',
  CREATIVE_ARTS_STORE: 'BEAUX_ARTS',
  SCIENTIFIC_CULTURE: 'CONFERENCE',
  GAMES: 'JEU',
  DIGITAL: 'MEDIA',
};

export function illustrationOfVenueType(venueType: string): string {
  return VENUE_TYPE_CATEGORIES[venueType] ?? 'VENUE';
}
