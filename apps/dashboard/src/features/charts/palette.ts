/**
 * Series colours and textures. Every colour has at least 3:1 contrast on white (WCAG 1.4.11),
 * and every series after the first also carries its own texture or line dash, so no series is
 * told apart by colour alone (WCAG 1.4.1) – a black-and-white print stays readable too.
 */
export const SERIES_COLOURS = [
  '#1f5fa8',
  '#b3261e',
  '#1b7a3d',
  '#8a5a00',
  '#6a3d9a',
  '#00707a',
  '#4d4d4d',
  '#c2185b',
  '#a0522d',
  '#827717',
] as const;

type Texture =
  | 'solid'
  | 'diagonal'
  | 'dots'
  | 'cross'
  | 'horizontal'
  | 'vertical'
  | 'back'
  | 'grid'
  | 'checker'
  | 'zigzag';
const TEXTURES: readonly Texture[] = [
  'solid',
  'diagonal',
  'dots',
  'cross',
  'horizontal',
  'vertical',
  'back',
  'grid',
  'checker',
  'zigzag',
];

/** Line dashes for line charts, in the same order. */
export const SERIES_DASHES = [
  '',
  '6 3',
  '2 3',
  '10 4 2 4',
  '12 4',
  '4 4',
  '1 5',
  '8 2 2 2',
  '3 2 3 6',
  '14 2 2 2 2 2',
];

export interface SeriesStyle {
  colour: string;
  texture: Texture;
  dash: string;
}

export function seriesStyle(index: number): SeriesStyle {
  const n = SERIES_COLOURS.length;
  return {
    colour: SERIES_COLOURS[index % n] ?? SERIES_COLOURS[0],
    texture: TEXTURES[index % n] ?? 'solid',
    dash: SERIES_DASHES[index % n] ?? '',
  };
}
