// The atlas muscles of issue #19: every one that has a record is in the body on both sides, and each area of its
// essential zones leads back to it (reverse lookup, as "Where does it hurt?" ranks muscles for a tapped area).
import { beforeAll, describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import { loadDescription } from '@/modelgen/build'
import { musclesReferringTo, patternsOf } from '@/domain/referral'
import type { LoadedModel } from '../modelgen/glbHelpers'
import { loadGlb } from '../modelgen/glbHelpers'

/** The 55 muscle ids of the atlas plan (fixed: the data, the meshes and these tests use exactly these). */
const ATLAS_IDS = [
  // head and face
  'medial-pterygoid',
  'digastric',
  'frontalis',
  'occipitalis',
  'orbicularis-oculi',
  'zygomaticus-major',
  'platysma',
  'buccinator',
  // neck
  'semispinalis-cervicis',
  'longissimus-capitis',
  'longus-colli',
  // shoulder and arm
  'coracobrachialis',
  'anconeus',
  'subclavius',
  'sternalis',
  'serratus-posterior-superior',
  // forearm and hand
  'palmaris-longus',
  'flexor-digitorum-superficialis',
  'flexor-digitorum-profundus',
  'flexor-pollicis-longus',
  'pronator-quadratus',
  'extensor-indicis',
  'adductor-pollicis',
  'opponens-pollicis',
  'first-dorsal-interosseous',
  'hand-interossei',
  'abductor-digiti-minimi-hand',
  // trunk
  'serratus-posterior-inferior',
  'intercostals',
  'internal-oblique',
  'transversus-abdominis',
  'diaphragm',
  'thoracic-rotatores',
  // pelvis and hip
  'adductor-magnus',
  'pectineus',
  'obturator-internus',
  'superior-gemellus',
  'inferior-gemellus',
  'quadratus-femoris',
  'levator-ani',
  'coccygeus',
  // thigh and leg
  'vastus-intermedius',
  'popliteus',
  'plantaris',
  'tibialis-posterior',
  'flexor-digitorum-longus',
  'flexor-hallucis-longus',
  'extensor-hallucis-longus',
  'peroneus-tertius',
  // foot
  'extensor-digitorum-brevis',
  'extensor-hallucis-brevis',
  'abductor-digiti-minimi-foot',
  'flexor-hallucis-brevis',
  'adductor-hallucis',
  'foot-interossei',
]

const dataset = buildDataset(readDataDir(process.cwd()))
const authored = ATLAS_IDS.filter((id) => dataset.musclesById.has(id))
const desc = loadDescription()
let model: LoadedModel
let skinRegions: Set<string>
beforeAll(async () => {
  model = await loadGlb()
  const skin = model.parts.find((p) => p.name === 'skin')!
  skinRegions = new Set(skin.extras['regionNames'] as string[])
})

/** The skin keys of a region: both sides, or the bare id on the midline. */
const keysOf = (regionId: string) =>
  dataset.regionsById.get(regionId)?.laterality === 'midline'
    ? [regionId]
    : [`${regionId}.L`, `${regionId}.R`]

describe('the atlas muscles', () => {
  it('are 55 distinct ids, and the records written so far use them', () => {
    expect(new Set(ATLAS_IDS).size).toBe(55)
    expect(authored.length).toBeGreaterThan(0)
  })

  describe.each(authored)('%s', (id) => {
    const muscle = dataset.musclesById.get(id)!

    it('is in the model on both sides', () => {
      expect(
        desc.muscles.some((m) => m.id === id),
        `models/muscles.json has ${id}`,
      ).toBe(true)
      for (const side of ['L', 'R'])
        expect(
          model.parts.some((p) => p.name === `muscle.${id}.${side}`),
          `muscle.${id}.${side}`,
        ).toBe(true)
    })

    it('is found by reverse lookup from every area of its essential zones, which are on the skin', () => {
      const essential = [...new Set(patternsOf(muscle).flatMap((p) => p.referral.essential))]
      expect(essential.length).toBeGreaterThan(0)
      for (const regionId of essential) {
        for (const key of keysOf(regionId)) expect(skinRegions.has(key), `${key} on the skin`).toBe(true)
        const ranked = musclesReferringTo(dataset, [regionId]).map((m) => m.muscleId)
        expect(ranked, `${id} for ${regionId}`).toContain(id)
      }
    })
  })
})
