/**
 * The crop a pro chooses, in pixels of the upright image, always at the ratio the image is
 * shown at (the api refuses another ratio, and crops to the largest centred one when no
 * crop is sent).
 */
export interface Size {
  width: number;
  height: number;
}

export interface Crop {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const RATIOS = {
  offer: { width: 3, height: 4 },
  venue: { width: 3, height: 2 },
} as const;
export type Shape = keyof typeof RATIOS;

/** The api's smallest crop width. */
export const MIN_CROP_WIDTH = 400;

/** The largest crop at the ratio that fits in the image. */
export function largestCrop(image: Size, shape: Shape): Size {
  const ratio = RATIOS[shape].width / RATIOS[shape].height;
  const width = Math.min(image.width, Math.floor(image.height * ratio));
  return { width, height: Math.min(image.height, Math.round(width / ratio)) };
}

/** The largest crop, centred. */
export function initialCrop(image: Size, shape: Shape): Crop {
  const { width, height } = largestCrop(image, shape);
  return {
    left: Math.floor((image.width - width) / 2),
    top: Math.floor((image.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** The crop moved by (dx, dy) pixels, kept inside the image. */
export function moveCrop(crop: Crop, dx: number, dy: number, image: Size): Crop {
  return {
    ...crop,
    left: Math.round(clamp(crop.left + dx, 0, image.width - crop.width)),
    top: Math.round(clamp(crop.top + dy, 0, image.height - crop.height)),
  };
}

/**
 * The crop at `scale` (0-1] of the largest one, around the same centre, kept inside the
 * image, never narrower than the api accepts when the image allows it.
 */
export function scaleCrop(crop: Crop, scale: number, image: Size, shape: Shape): Crop {
  const largest = largestCrop(image, shape);
  const ratio = RATIOS[shape];
  const minWidth = Math.min(largest.width, MIN_CROP_WIDTH);
  const width = Math.round(clamp(largest.width * scale, minWidth, largest.width));
  const height = Math.min(image.height, Math.round((width * ratio.height) / ratio.width));
  const centreX = crop.left + crop.width / 2;
  const centreY = crop.top + crop.height / 2;
  return {
    width,
    height,
    left: Math.round(clamp(centreX - width / 2, 0, image.width - width)),
    top: Math.round(clamp(centreY - height / 2, 0, image.height - height)),
  };
}

/** The form field the api reads: `left,top,width,height`. */
export function cropField(crop: Crop): string {
  return [crop.left, crop.top, crop.width, crop.height].map(Math.round).join(',');
}
