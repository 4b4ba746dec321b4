// Which red flags apply, on the real dataset (data/redFlags.json) and the fixture: the examples.
import { describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import { redFlagIds, redFlagsFor, searchRedFlagQuery, URGENCY_ORDER } from '@/domain/redFlags'
import type { RedFlagQuery } from '@/domain/redFlags'
import { tinyDataset } from '../fixtures/tinyDataset'

const dataset = buildDataset(readDataDir(process.cwd()))
const ids = (q: RedFlagQuery) => redFlagIds(redFlagsFor(dataset, q))
const urgencies = (q: RedFlagQuery) => redFlagsFor(dataset, q).map((g) => g.urgency)

describe('redFlagsFor on the real dataset', () => {
  it('chest on either side, or the breastbone, raises a possible heart attack first, as an emergency', () => {
    for (const regionKeys of [['chest.L'], ['chest.R'], ['sternum']]) {
      const groups = redFlagsFor(dataset, { regionKeys })
      expect(groups[0]?.urgency, regionKeys[0]).toBe('emergency')
      expect(groups[0]?.flags[0]?.id, regionKeys[0]).toBe('heart-attack')
      expect(ids({ regionKeys }).emergency, regionKeys[0]).toEqual(
        expect.arrayContaining(['heart-attack', 'pulmonary-embolism', 'aortic-dissection']),
      )
    }
    expect(ids({ regionKeys: ['chest.L'] }).emergency).toContain('collapsed-lung')
    expect(ids({ regionKeys: ['chest.R'] }).soon).toContain('shingles')
  })

  it('the left chest with the inner arm and little finger, or the inner arm with the little finger alone', () => {
    const withArm = ids({ regionKeys: ['chest.L', 'inner-upper-arm.L', 'little-finger-side.L'] })
    expect(withArm.emergency[0]).toBe('heart-attack')
    expect(ids({ regionKeys: ['inner-upper-arm.L', 'little-finger-side.L'] }).emergency).toContain(
      'heart-attack',
    )
    // The same areas on the right, without the chest, are not the classic pattern.
    expect(ids({ regionKeys: ['inner-upper-arm.R', 'little-finger-side.R'] }).emergency).not.toContain(
      'heart-attack',
    )
  })

  it('the finer areas keep the warnings of the areas they were cut from', () => {
    // The little finger, the throat, the lower ribs, the eyebrow and the saddle area were parts of larger areas.
    expect(ids({ regionKeys: ['inner-upper-arm.L', 'little-finger.L'] }).emergency).toContain('heart-attack')
    expect(ids({ regionKeys: ['inner-upper-arm.L', 'throat'] }).emergency).toContain('heart-attack')
    expect(ids({ regionKeys: ['throat'] }).emergency).toContain('stroke-or-artery-tear')
    expect(ids({ regionKeys: ['lower-ribs.R'] }).emergency).toEqual(
      expect.arrayContaining(['pulmonary-embolism', 'collapsed-lung', 'abdominal-emergency']),
    )
    expect(ids({ regionKeys: ['eyebrow.L'] }).emergency).toContain('sudden-severe-headache')
    for (const key of ['perineum', 'anal-region'])
      expect(ids({ regionKeys: [key] }).emergency, key).toContain('cauda-equina')
    expect(ids({ regionKeys: ['index-finger.L', 'palm-side-of-fingers.R'] }).soon).toContain(
      'both-hands-or-weakness',
    )
    expect(ids({ regionKeys: ['thumb-web.L', 'little-finger.L'] }).soon).not.toContain(
      'both-hands-or-weakness',
    )
  })

  it('the left arm with the jaw is a heart attack sign; the left arm or the jaw alone is not', () => {
    expect(ids({ regionKeys: ['inner-upper-arm.L', 'jaw.R'] }).emergency).toContain('heart-attack')
    expect(ids({ regionKeys: ['front-of-forearm.L', 'jaw.L'] }).emergency).toContain('heart-attack')
    expect(ids({ regionKeys: ['inner-upper-arm.L'] }).emergency).not.toContain('heart-attack')
    expect(ids({ regionKeys: ['jaw.L'] }).emergency).not.toContain('heart-attack')
    expect(ids({ regionKeys: ['inner-upper-arm.R', 'jaw.R'] }).emergency).not.toContain('heart-attack')
  })

  it('the abdomen raises the belly emergencies; the groin a twisted testicle, a broken hip and a hernia', () => {
    for (const key of ['upper-abdomen.L', 'lower-abdomen.R']) {
      expect(ids({ regionKeys: [key] }).emergency, key).toEqual(
        expect.arrayContaining(['abdominal-emergency', 'pulsing-belly']),
      )
    }
    const groin = ids({ regionKeys: ['groin.R'] })
    expect(groin.emergency).toEqual(expect.arrayContaining(['testicular-torsion', 'hip-fracture']))
    expect(groin.soon).toEqual(expect.arrayContaining(['hernia', 'hip-stress-fracture', 'limping-child']))
  })

  it('the flank raises kidney infection or stones (with fever), and typing "fever" finds it too', () => {
    expect(ids({ regionKeys: ['flank.L'] }).soon).toContain('kidney-infection-or-stone')
    expect(ids({ text: 'fever' }).soon).toContain('kidney-infection-or-stone')
    expect(ids({ regionKeys: ['lower-back.R', 'groin.R'] }).soon).toContain('kidney-infection-or-stone')
  })

  it('the calf raises a possible clot (see a doctor today), never under the emergency heading', () => {
    const calf = ids({ regionKeys: ['calf.R'] })
    expect(calf.soon).toContain('calf-clot')
    expect(calf.emergency).not.toContain('calf-clot')
    expect(ids({ text: 'hot swollen calf' }).soon).toContain('calf-clot')
    expect(ids({ regionKeys: ['calf.L', 'chest.R'] }).emergency).toContain('pulmonary-embolism')
  })

  it('a headache area raises a sudden severe headache as an emergency', () => {
    for (const key of ['forehead.L', 'temple.R', 'vertex', 'occiput.L', 'behind-eye.R']) {
      expect(ids({ regionKeys: [key] }).emergency, key).toContain('sudden-severe-headache')
    }
    expect(ids({ text: 'worst headache' }).emergency).toEqual(['sudden-severe-headache'])
  })

  it('pins and needles: both hands together, or typed; one hand alone does not raise it', () => {
    expect(ids({ regionKeys: ['fingers.L', 'palm.R'] }).soon).toContain('both-hands-or-weakness')
    expect(ids({ regionKeys: ['fingers.L', 'thumb.L'] }).soon).not.toContain('both-hands-or-weakness')
    expect(ids({ text: 'pins and needles' }).soon).toContain('both-hands-or-weakness')
    expect(ids({ text: 'tingling hands' }).soon).toContain('both-hands-or-weakness')
  })

  it('ears: sudden hearing loss, one-sided tinnitus, vertigo with stroke signs', () => {
    const ear = ids({ regionKeys: ['ear.L'] })
    expect(ear.emergency).toContain('vertigo-with-neuro-signs')
    expect(ear.soon).toEqual(expect.arrayContaining(['sudden-hearing-loss', 'one-sided-or-pulsing-tinnitus']))
    expect(ids({ text: 'tinnitus' }).soon).toEqual(['one-sided-or-pulsing-tinnitus'])
  })

  it("conditions and a muscle's own list name their flags; generic words name none", () => {
    expect(ids({ conditionIds: ['low-back-pain'] }).emergency).toEqual(['cauda-equina', 'pulsing-belly'])
    expect(ids({ redFlagIds: ['calf-clot'] })).toEqual({ emergency: [], soon: ['calf-clot'], mention: [] })
    expect(ids({ conditionIds: ['chronic-muscle-pain'] }).mention).toEqual(['body-wide-causes'])
    expect(redFlagsFor(dataset, { text: 'my pain hurts' })).toEqual([])
    expect(redFlagsFor(dataset, { regionKeys: ['back-of-forearm.L'] })).toEqual([])
    expect(redFlagsFor(dataset, {})).toEqual([])
  })

  it('always orders groups emergency, soon, mention, each urgency once', () => {
    const all = urgencies({ regionKeys: dataset.regions.map((r) => r.id), text: 'dizzy' })
    expect(all).toEqual(URGENCY_ORDER)
    expect(urgencies({ regionKeys: ['back-of-neck.L'] })).toEqual(['emergency', 'mention'])
  })
})

describe("the real red flags cover the issue's list", () => {
  it('an emergency always says to call emergency services or go to an emergency department; a milder one never starts so', () => {
    for (const f of dataset.redFlags) {
      if (f.urgency === 'emergency')
        expect(f.action, f.id).toMatch(/call emergency services|emergency department/i)
      else expect(f.action, f.id).not.toMatch(/^(call emergency services|go to an emergency department)/i)
    }
  })

  it('has each required red flag, with its urgency', () => {
    const urgency = Object.fromEntries(dataset.redFlags.map((f) => [f.id, f.urgency]))
    expect(urgency).toMatchObject({
      'heart-attack': 'emergency',
      'pulmonary-embolism': 'emergency',
      'collapsed-lung': 'emergency',
      'aortic-dissection': 'emergency',
      'stroke-or-artery-tear': 'emergency',
      'sudden-severe-headache': 'emergency',
      'abdominal-emergency': 'emergency',
      'testicular-torsion': 'emergency',
      'hip-fracture': 'emergency',
      'acute-compartment-syndrome': 'emergency',
      'cauda-equina': 'emergency',
      'vertigo-with-neuro-signs': 'emergency',
      shingles: 'soon',
      'calf-clot': 'soon',
      'kidney-infection-or-stone': 'soon',
      'bone-stress-fracture': 'soon',
      'exertional-compartment': 'soon',
      'foot-drop': 'soon',
      'both-hands-or-weakness': 'soon',
      'sudden-hearing-loss': 'soon',
      'one-sided-or-pulsing-tinnitus': 'soon',
      hernia: 'soon',
    })
  })
})

describe('the presentations added as conditions', () => {
  it('each has muscles, patient words and red flags; the chest-wall one puts a heart attack first', () => {
    const added = [
      'chest-wall-pain',
      'abdominal-wall-pain',
      'thoracic-outlet-like',
      'carpal-tunnel-like',
      'shin-splints',
      'hip-groin-pain',
      'pelvic-tailbone-pain',
      'tinnitus-dizziness',
      'cervicogenic-headache',
      'mid-back-pain',
      'shoulder-pain',
      'wry-neck',
      'whiplash',
    ]
    for (const id of added) {
      const condition = dataset.conditionsById.get(id)
      expect(condition?.layName, id).toBeTruthy()
      expect(dataset.musclesByCondition.get(id)?.length, id).toBeGreaterThan(0)
      expect(redFlagsFor(dataset, { conditionIds: [id] }).length, id).toBeGreaterThan(0)
    }
    expect(ids({ conditionIds: ['chest-wall-pain'] }).emergency[0]).toBe('heart-attack')
    expect(ids({ conditionIds: ['whiplash'] }).emergency).toContain('neck-injury')
    expect(ids({ conditionIds: ['shoulder-pain'] }).soon).toEqual(
      expect.arrayContaining(['shoulder-pain-from-organs', 'polymyalgia']),
    )
  })
})

describe('searchRedFlagQuery', () => {
  const hit = (key: string) => {
    const [kind, id] = key.split(':') as ['muscle' | 'region' | 'condition', string]
    return { kind, id }
  }
  const hits = (...keys: string[]) => keys.map(hit)
  it('an area or a condition searched for brings its red flags; a muscle searched for does not', () => {
    const chest = searchRedFlagQuery(
      hits('region:chest', 'muscle:pectoralis-major', 'region:sternum'),
      'chest',
    )
    expect(chest).toEqual({ text: 'chest', regionKeys: ['chest', 'sternum'], conditionIds: [] })
    expect(redFlagIds(redFlagsFor(dataset, chest)).emergency[0]).toBe('heart-attack')
    const neck = searchRedFlagQuery(
      hits('condition:neck-shoulder-pain', 'muscle:upper-trapezius', 'condition:x'),
      'neck',
    )
    expect(neck.conditionIds).toEqual(['neck-shoulder-pain'])
    const muscle = searchRedFlagQuery(
      hits('muscle:upper-trapezius', 'condition:neck-shoulder-pain'),
      'trapezius',
    )
    expect(redFlagsFor(dataset, muscle)).toEqual([])
    // Symptoms typed still count when a muscle comes first.
    const pins = searchRedFlagQuery(hits('muscle:anterior-scalene'), 'pins and needles')
    expect(redFlagIds(redFlagsFor(dataset, pins)).soon).toEqual(['both-hands-or-weakness'])
  })
})

describe('muscles carry the warnings of the areas their patterns reach', () => {
  it('cardiac mimics, visceral and groin mimics, the calf, end-range neck stretches', () => {
    const carries = (muscle: string, flag: string) => dataset.musclesById.get(muscle)?.redFlags.includes(flag)
    const expected: Record<string, string[]> = {
      'heart-attack': [
        'anterior-scalene',
        'middle-scalene',
        'posterior-scalene',
        'sternocleidomastoid-sternal',
        'pectoralis-major',
        'pectoralis-minor',
        'serratus-anterior',
      ],
      'kidney-infection-or-stone': ['quadratus-lumborum', 'multifidus'],
      'abdominal-emergency': ['multifidus', 'iliopsoas', 'rectus-abdominis', 'external-oblique'],
      hernia: [
        'iliopsoas',
        'adductor-longus',
        'adductor-brevis',
        'sartorius',
        'rectus-abdominis',
        'external-oblique',
      ],
      'testicular-torsion': ['adductor-longus', 'adductor-brevis', 'rectus-abdominis', 'external-oblique'],
      'calf-clot': ['gastrocnemius', 'soleus'],
      'dizzy-with-neck-stretch': [
        'upper-trapezius',
        'levator-scapulae',
        'anterior-scalene',
        'sternocleidomastoid-sternal',
        'sternocleidomastoid-clavicular',
        'splenius-capitis',
        'suboccipitals',
      ],
    }
    for (const [flag, muscles] of Object.entries(expected))
      for (const m of muscles) expect(carries(m, flag), `${m} → ${flag}`).toBe(true)
    // Their self-care says so in words too.
    for (const m of ['gastrocnemius', 'soleus'])
      expect(dataset.musclesById.get(m)?.selfCare.selfMassage[0]).toMatch(/hot, red or swollen/)
    for (const m of expected['dizzy-with-neck-stretch']!)
      expect(dataset.musclesById.get(m)?.selfCare.stretch.join(' '), m).toMatch(/dizzy.*vision/)
  })
})

describe('redFlagsFor on the fixture', () => {
  it('a bare two-sided area matches either side; a sided one only its side', () => {
    const q = (regionKeys: string[]) => redFlagIds(redFlagsFor(tinyDataset, { regionKeys })).emergency
    expect(q(['temple.R'])).toEqual(['sudden-headache'])
    expect(q(['occiput.L'])).toEqual(['sudden-headache'])
    expect(q(['occiput.R'])).toEqual([])
    // A searched region (bare id) stands for both of its sides.
    expect(q(['occiput'])).toEqual(['sudden-headache'])
  })
})
