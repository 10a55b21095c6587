import sharp from 'sharp';
import { mulberry32 } from './random.js';

/**
 * Generated posters for the seeds: a gradient in the category's colours, a few soft
 * shapes drawn from a seeded PRNG, and the title. No photograph, nothing copyrighted;
 * the same inputs always give the same bytes (so the same content address).
 */

const PALETTES: Record<string, [string, string, string]> = {
  CINEMA: ['#8a0f6b', '#2a0f47', '#ffb3e6'],
  FILM: ['#6b1f8f', '#1d0b33', '#d9b8ff'],
  LIVRE: ['#f3d9ee', '#b05a97', '#4f166a'],
  MUSIQUE_LIVE: ['#d4147f', '#4a0c66', '#ffd166'],
  MUSIQUE_ENREGISTREE: ['#3d0a55', '#b3127f', '#9be7ff'],
  SPECTACLE: ['#a1081f', '#4f0a3f', '#ffe0a3'],
  MUSEE: ['#e8dcf5', '#7b4fa8', '#2b0f47'],
  BEAUX_ARTS: ['#ffe7c2', '#d45a9c', '#3d0a55'],
  PRATIQUE_ART: ['#c9e2ff', '#8f5cc7', '#ff8fab'],
  INSTRUMENT: ['#123f6e', '#6b1f8f', '#ffd166'],
  CONFERENCE: ['#d7f0df', '#5d7fb8', '#2b0f47'],
  JEU: ['#6b1f8f', '#ff5fa2', '#fff1a8'],
  MEDIA: ['#eceaf1', '#8a8a93', '#8a0f6b'],
  TECHNIQUE: ['#56565c', '#1f1f26', '#a8e6cf'],
  VENUE: ['#8a0f6b', '#6b1f8f', '#ffd6f1'],
};

export interface ArtworkOptions {
  title: string;
  /** A category id, or VENUE. */
  palette: string;
  /** A small line above the title (the category or the city). */
  kicker?: string;
  seed: number;
  width: number;
  height: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The title in lines of at most `perLine` characters, at most four lines. */
function lines(title: string, perLine: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/)) {
    if (current && `${current} ${word}`.length > perLine) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length > 4) return [...out.slice(0, 3), `${out[3]}…`];
  return out;
}

export function artworkSvg({
  title,
  palette,
  kicker,
  seed,
  width,
  height,
}: ArtworkOptions): string {
  const [from, to, accent] = PALETTES[palette] ?? PALETTES.VENUE!;
  const random = mulberry32(seed);
  const shapes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const x = random() * width;
    const y = random() * height * 0.7;
    const size = (0.15 + random() * 0.35) * width;
    const opacity = (0.12 + random() * 0.25).toFixed(2);
    const fill = i % 2 === 0 ? accent : '#ffffff';
    shapes.push(
      i % 3 === 2
        ? `<rect x="${x - size / 2}" y="${y - size / 2}" width="${size}" height="${size}" rx="${size / 5}" fill="${fill}" opacity="${opacity}" transform="rotate(${Math.round(random() * 90)} ${x} ${y})"/>`
        : `<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${fill}" opacity="${opacity}"/>`,
    );
  }
  const fontSize = Math.round(width / 11);
  const titleLines = lines(title, 16);
  const lineHeight = fontSize * 1.15;
  const bottom = height - width * 0.09;
  const firstY = bottom - (titleLines.length - 1) * lineHeight;
  const text = titleLines
    .map(
      (line, index) =>
        `<text x="${width * 0.07}" y="${firstY + index * lineHeight}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="bold" font-size="${fontSize}" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('');
  const kickerText = kicker
    ? `<text x="${width * 0.07}" y="${firstY - lineHeight * 0.95}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${Math.round(fontSize * 0.45)}" fill="#ffffff" opacity="0.9">${escapeXml(kicker.toUpperCase())}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0.6" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
    <linearGradient id="shade" x1="0" y1="0.45" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/></linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  ${shapes.join('\n  ')}
  <rect width="${width}" height="${height}" fill="url(#shade)"/>
  ${kickerText}
  ${text}
</svg>`;
}

/** The artwork as a PNG, ready for the image pipeline like any upload. */
export function artworkPng(options: ArtworkOptions): Promise<Buffer> {
  return sharp(Buffer.from(artworkSvg(options)))
    .png({ compressionLevel: 1 })
    .toBuffer();
}
