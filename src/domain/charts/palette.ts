/**
 * Colours and marker shapes for chart groups. The colours are Okabe & Ito's set for colour-blind readers, without
 * its black (invisible in dark mode); they are mid-luminance, so they read on light and dark backgrounds alike.
 * Past seven groups a colour repeats with another marker shape, so no two groups look the same; bar charts keep
 * seven groups and fold the rest into "Other".
 */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"] as const;
export const OTHER_COLOUR = "#8C8C8C";
export const UNKNOWN_COLOUR = "#B0B0B0";
export const SHAPES = ["circle", "triangle", "square", "diamond", "star", "wye", "cross"] as const;
export type MarkerShape = (typeof SHAPES)[number];

export interface GroupStyle {
  readonly colour: string;
  readonly shape: MarkerShape;
}

/** The style of the group at this rank (0 = most frequent). */
export function groupStyle(rank: number): GroupStyle {
  return {
    colour: PALETTE[rank % PALETTE.length]!,
    shape: SHAPES[Math.floor(rank / PALETTE.length) % SHAPES.length]!,
  };
}

export const MAX_BAR_GROUPS = PALETTE.length;
