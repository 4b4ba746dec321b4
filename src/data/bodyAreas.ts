/** Coarse body areas, head to foot (the order lists use). Plain constant: no schema library needed to read it. */
export const BODY_AREAS = [
  'head',
  'neck',
  'shoulder',
  'upper-arm',
  'forearm',
  'hand',
  'chest',
  'abdomen',
  'upper-back',
  'lower-back',
  'hip',
  'thigh',
  'knee',
  'leg',
  'foot',
] as const
