/**
 * zod schemas for every file under data/. Types are inferred from them, and src/tools/writeJsonSchema.ts turns
 * them into data/schema/*.schema.json so tools outside this codebase can validate the data too.
 * Pure module: no React, three or zustand.
 */
import { z } from 'zod'
import { BODY_AREAS } from './bodyAreas'
import { REGION_KEY_SHAPE } from './regionKeys'

/** Stable, lowercase kebab-case id: survives glTF node-name sanitising and reads well in URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single dashes)')

const text = z.string().trim().min(1, 'must not be empty')
const textList = z.array(text)

/** Coarse body areas used to group muscles and regions in lists. */
export const bodyAreaSchema = z.enum(BODY_AREAS)

/** bilateral: exists on the left and on the right; midline: exists once, on the body's midline. */
export const lateralitySchema = z.enum(['bilateral', 'midline'])

/** A referral pattern: where pain is felt. Essential = felt in nearly every case; spillover = sometimes. */
export const referralSchema = z.strictObject({
  essential: z.array(idSchema).min(1, 'an essential zone needs at least one region'),
  spillover: z.array(idSchema).default([]),
  /**
   * Regions of this pattern (essential or spillover) felt on both sides of the body, across the midline, whichever
   * side the trigger point is on (rectus abdominis' band across the low back).
   */
  bothSides: z.array(idSchema).default([]),
})

/** A trigger point's position in its muscle's own fibre frame (resolved onto the mesh by src/model/anchors). */
export const anchorSchema = z.strictObject({
  /** 0 = origin end, 1 = insertion end, along the fibres. */
  along: z.number().min(0).max(1),
  /** -1..1 across the fibres; 0 = central fibre line; -1 = medial (or cranial, for sideways fibres) border. */
  across: z.number().min(-1).max(1),
})

export const triggerPointSchema = z.strictObject({
  id: idSchema,
  /** Short label, e.g. "TrP1, mid upper fibres". */
  name: text,
  /** Plain-language location a clinician can palpate from. */
  location: text,
  anchor: anchorSchema,
  /** Pattern for this trigger point; when absent the muscle's own `referral` applies. */
  referral: referralSchema.optional(),
  /** Clinical notes, shown to clinicians with the trigger point. */
  notes: text.optional(),
  /** For maintainers only (how the data maps a source, e.g. which region stands for a term): never shown. */
  dataNote: text.optional(),
})

export const structureKindSchema = z.enum([
  'lung-pleura',
  'nerve',
  'artery',
  'vein',
  'spinal-cord',
  'organ',
  'joint',
  'other',
])

export const structureAtRiskSchema = z.strictObject({
  kind: structureKindSchema,
  /** e.g. "vertebral artery", "sciatic nerve". */
  name: text,
  note: text,
})

export const sourceRefSchema = z.strictObject({
  /** Id of an entry in data/sources/*.json. */
  source: idSchema,
  /** What this source supports for this record. */
  supports: z.array(z.enum(['referral', 'anatomy', 'safety', 'treatment', 'conditions'])).min(1),
  /** Chapter or pages, when useful. */
  locator: text.optional(),
})

export const muscleSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** Latin name as in Terminologia Anatomica 2 (TA2). */
  latinName: text,
  /** Foundational Model of Anatomy id (number), or null when the FMA has no single entity for this record. */
  fmaId: z.number().int().positive().nullable(),
  aliases: textList,
  /** Words a patient might use ("knot in my shoulder"). */
  layWords: textList.min(1),
  /** One or two plain sentences: where it is, for a patient. */
  summary: text,
  bodyArea: bodyAreaSchema,
  layer: z.enum(['superficial', 'intermediate', 'deep']),
  laterality: lateralitySchema,
  origin: text,
  insertion: text,
  action: text,
  innervation: text,
  triggerPoints: z.array(triggerPointSchema).min(1, 'a muscle needs at least one trigger point'),
  /** Muscle-wide referral pattern, used by trigger points that have none of their own. */
  referral: referralSchema.optional(),
  conditions: z.array(idSchema),
  symptoms: textList.min(1),
  perpetuatingFactors: textList.min(1),
  selfCare: z.strictObject({ stretch: textList, selfMassage: textList, ergonomics: textList }),
  needling: z.strictObject({
    structuresAtRisk: z.array(structureAtRiskSchema),
    precautions: textList.min(1),
  }),
  sources: z.array(sourceRefSchema).min(1, 'every muscle needs at least one source'),
  /** Red flags (ids in data/redFlags.json) whose signs this muscle's pattern can be mistaken for. */
  redFlags: z.array(idSchema).default([]),
})

export const regionSchema = z.strictObject({
  id: idSchema,
  label: text,
  /** Lay synonyms a patient would type or say ("tailbone", "back of the head"). */
  layWords: textList.min(1),
  laterality: lateralitySchema,
  area: bodyAreaSchema,
  /** Where it is, in words, so a reader can find it on their own body. */
  where: text,
})

export const conditionSchema = z.strictObject({
  id: idSchema,
  name: text,
  layName: text,
  description: text,
  whenToSeeClinician: text,
  /**
   * Ids of the muscles whose trigger points most often cause this condition, most common first (each must list
   * the condition). The app lists a condition's muscles in this order; its other muscles follow by name.
   */
  commonMuscles: z.array(idSchema).min(1),
  /**
   * Other signs that need a doctor rather than needling, shown under the red flags of data/redFlags.json that list
   * this condition. Never an emergency: those are red flag records, with their urgency.
   */
  redFlags: textList.min(1),
  /** Ids of questions in education.faq that this condition answers. */
  seedQuestions: z.array(idSchema),
})

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** Full citation. */
  citation: text,
  doi: text.optional(),
  url: z.url().optional(),
})

export const educationSectionSchema = z.strictObject({
  id: idSchema,
  title: text,
  /** safety and contraindications sections are shown prominently. */
  kind: z.enum([
    'overview',
    'mechanism',
    'session',
    'aftercare',
    'side-effects',
    'contraindications',
    'safety',
    'comparison',
  ]),
  paragraphs: textList.min(1),
  bullets: textList.optional(),
})

export const educationSchema = z.strictObject({
  disclaimer: text,
  sections: z.array(educationSectionSchema).min(1),
  faq: z.array(z.strictObject({ id: idSchema, question: text, answer: text })).min(1),
  sources: z.array(sourceRefSchema).min(1),
})

/** A painted-skin key: a region id, with ".L" / ".R" for a sided region ("temple.L"), bare for a midline one. */
export const regionKeySchema = z
  .string()
  .regex(REGION_KEY_SHAPE, 'must be a region id, with ".L" or ".R" for a sided region')

/** How soon a red flag needs help: call emergency services now, see a doctor within days, tell your physio. */
export const urgencySchema = z.enum(['emergency', 'soon', 'mention'])

/**
 * An area a red flag is tied to: a region key as painted ("chest.L"), or a two-sided region's bare id ("chest")
 * for either side.
 */
export const redFlagAreaSchema = z
  .string()
  .regex(REGION_KEY_SHAPE, 'must be a region id, optionally with ".L" or ".R"')

/**
 * A red flag (data/redFlags.json): signs that mean the pain may not come from a muscle and need a doctor, with
 * how soon, where on the body and with which conditions they apply, and in which words to tell a patient.
 */
export const redFlagSchema = z.strictObject({
  id: idSchema,
  urgency: urgencySchema,
  /** A short name in plain words ("Possible heart attack"). */
  title: text,
  /** What the patient may notice, in plain words. */
  signs: text,
  /** What to do, calmly and plainly. */
  action: text,
  /** One short line for the clinician. */
  clinical: text,
  /** Any one of these areas marked raises the flag. */
  regions: z.array(redFlagAreaSchema),
  /**
   * Combinations that raise the flag only together: every entry of a combination must be marked; an entry that is
   * a list is met by any one of its areas (["palm.L", "fingers.L"] = somewhere on the left hand).
   */
  together: z
    .array(z.array(z.union([redFlagAreaSchema, z.array(redFlagAreaSchema).min(1)])).min(2))
    .default([]),
  /** Conditions whose pages list it. */
  conditions: z.array(idSchema),
  /** Words a patient might type for these signs ("pins and needles", "tinnitus"). */
  layWords: textList,
  sources: z.array(sourceRefSchema).min(1, 'every red flag needs at least one source'),
})

/** Same names as the app's layers and camera presets (src/state/viewState.ts), which data/ cannot import. */
const layerModeSchema = z.enum(['shown', 'ghost', 'hidden'])

/** One step of a guided tour: a short caption and, optionally, what the map shows while it is read. */
export const tourStepSchema = z.strictObject({
  /** One or two short sentences, in plain words. */
  caption: text.max(320, 'keep a caption under 320 characters'),
  camera: z.enum(['front', 'back', 'left', 'right']).optional(),
  /** Muscles to show: the first is selected, the others overlaid for comparison; [] clears, absent keeps. */
  muscles: z.array(idSchema).optional(),
  /** Skin areas marked as painful (region keys); [] clears, absent keeps. */
  painRegionKeys: z.array(regionKeySchema).optional(),
  /** Layer modes to set; layers left out keep their current mode. */
  layers: z
    .strictObject({
      skin: layerModeSchema.optional(),
      superficial: layerModeSchema.optional(),
      deep: layerModeSchema.optional(),
      skeleton: layerModeSchema.optional(),
    })
    .optional(),
  /** Condition whose muscles are highlighted. */
  conditionId: idSchema.optional(),
})

/** A guided tour (data/tours/<id>.json): a few steps that tell one story on the body. */
export const tourSchema = z.strictObject({
  id: idSchema,
  title: text,
  audience: z.enum(['patient', 'clinician', 'class']),
  /** One or two sentences shown before the tour starts. */
  summary: text,
  steps: z.array(tourStepSchema).min(1, 'a tour needs at least one step').max(12, 'keep a tour to 12 steps'),
})

export const regionsFileSchema = z.array(regionSchema)
export const conditionsFileSchema = z.array(conditionSchema)
export const sourcesFileSchema = z.array(sourceSchema)
export const redFlagsFileSchema = z.array(redFlagSchema)
/** data/retiredRegions.json: a region id no longer in use → the region ids that replace it. */
export const retiredRegionsFileSchema = z.record(idSchema, z.array(idSchema).min(1))

export type Muscle = z.infer<typeof muscleSchema>
export type TriggerPoint = z.infer<typeof triggerPointSchema>
export type Referral = z.infer<typeof referralSchema>
export type Anchor = z.infer<typeof anchorSchema>
export type Region = z.infer<typeof regionSchema>
export type Condition = z.infer<typeof conditionSchema>
export type Source = z.infer<typeof sourceSchema>
export type SourceRef = z.infer<typeof sourceRefSchema>
export type Education = z.infer<typeof educationSchema>
export type BodyArea = z.infer<typeof bodyAreaSchema>
export type StructureKind = z.infer<typeof structureKindSchema>
export type RedFlag = z.infer<typeof redFlagSchema>
export type Urgency = z.infer<typeof urgencySchema>
/** A guided tour (data/tours/<id>.json). */
export type Tour = z.infer<typeof tourSchema>
/** One step of a tour. */
export type TourStep = z.infer<typeof tourStepSchema>
