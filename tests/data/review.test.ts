// The clinical corrections of issue #16 (data/REVIEW.md), checked on the real data so none is undone by accident.
import { describe, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'

const ds = buildDataset(readDataDir(process.cwd()))
const muscle = (id: string) => ds.musclesById.get(id)!
const tp = (muscleId: string, n: number) =>
  muscle(muscleId).triggerPoints.find((t) => t.id === `${muscleId}-tp${n}`)!

describe('corrections from the clinical review (data/REVIEW.md)', () => {
  it('iliopsoas TrP1 is a palpation site; the needle enters well lateral to the pulse and the femoral nerve', () => {
    expect(tp('iliopsoas', 1).location).toMatch(/^A palpation site, not a needle entry/)
    expect(tp('iliopsoas', 1).notes).toMatch(/well lateral to the pulse and to the nerve/)
  })

  it('gastrocnemius: TrP4 is needled away from the common fibular nerve at the biceps tendon', () => {
    const precautions = muscle('gastrocnemius').needling.precautions.join('\n')
    expect(precautions).not.toMatch(/TrP3\/TrP4/)
    expect(precautions).toMatch(/TrP4 .*common fibular nerve.*biceps femoris tendon/)
  })

  it('piriformis: the line is the upper border, and the medial point is advanced', () => {
    const precautions = muscle('piriformis').needling.precautions.join('\n')
    expect(precautions).not.toMatch(/upper half of the line/)
    expect(precautions).toMatch(/upper border of the muscle/)
    expect(precautions).toMatch(/TrP2\) at the greater sciatic notch is an advanced point, not a routine one/)
  })

  it('middle trapezius TrP5 refers between the shoulder blades, not to the lower thorax', () => {
    expect(tp('middle-trapezius', 1).referral?.essential).toEqual(['medial-scapular-border'])
  })

  it('lower trapezius TrP3 and latissimus dorsi TrP1 sit on their free borders (across +1 side)', () => {
    expect(tp('lower-trapezius', 1).anchor.across).toBeGreaterThan(0.5)
    expect(tp('latissimus-dorsi', 1).anchor.across).toBeGreaterThan(0.5)
  })

  it("gastrocnemius TrP1's arch zone: plantar heel pain, and the Achilles, runner and heel tours", () => {
    expect(tp('gastrocnemius', 1).referral?.essential).toEqual(['sole'])
    expect(ds.musclesByCondition.get('plantar-heel-pain')).toContain('gastrocnemius')
    for (const id of ['achilles', 'runner-calves', 'plantar-heel']) {
      const steps = ds.toursById.get(id)!.steps
      const arch = steps.some(
        (s) => s.muscles?.[0] === 'gastrocnemius' && s.painRegionKeys?.some((k) => k.startsWith('sole.')),
      )
      expect(arch, id).toBe(true)
    }
  })

  it('multifidus has a cervical trigger point referring to the base of the skull', () => {
    const cervical = muscle('multifidus').triggerPoints.find((t) => /cervical/.test(t.name))
    expect(cervical?.referral?.essential).toContain('occiput')
    expect(cervical?.referral?.spillover).toContain('medial-scapular-border')
  })

  it('the sternal SCM has its own stretch, chin down; triceps TrP1 skips the elbow', () => {
    expect(muscle('sternocleidomastoid-sternal').selfCare.stretch[0]).toMatch(/tip the chin down/)
    expect(tp('triceps-brachii', 1).referral?.spillover).not.toContain('back-of-elbow')
  })

  it('anterior scalene: arm symptoms are the brachial plexus; rhomboids: fingers in the spaces around the rib', () => {
    expect(tp('anterior-scalene', 1).notes).toMatch(
      /arm symptoms .* come from the plexus, not the phrenic nerve/,
    )
    expect(muscle('rhomboids').needling.precautions.join('\n')).toMatch(
      /intercostal spaces above and below the rib/,
    )
    expect(muscle('pectoralis-minor').sources[0]?.locator).toBe('Pectoralis minor chapter')
  })

  it('morning stiffness thresholds agree across conditions (30 minutes; polymyalgia keeps its own)', () => {
    const thresholds = ds.conditions
      .flatMap((c) => c.redFlags)
      .filter((f) => /morning stiffness/i.test(f))
      .map((f) => /more than about ([^.,(]+)/.exec(f)?.[1]?.trim())
    expect(thresholds.length).toBeGreaterThanOrEqual(3)
    expect(new Set(thresholds)).toEqual(new Set(['30 minutes']))
  })

  it('the education content covers clots, tumours, implanted devices with electrical stimulation, and minors', () => {
    const bullets = ds.education.sections.find((s) => s.kind === 'contraindications')!.bullets!.join('\n')
    for (const topic of [/blood clot/, /tumour/, /electrical stimulation.*pacemaker/, /parent or guardian/])
      expect(bullets).toMatch(topic)
  })
})
