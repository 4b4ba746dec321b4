/** JSON Schema (draft 2020-12) versions of the data schemas, for tools outside this codebase. */
import { z } from 'zod'
import {
  conditionsFileSchema,
  educationSchema,
  muscleSchema,
  redFlagsFileSchema,
  regionsFileSchema,
  retiredRegionsFileSchema,
  sourcesFileSchema,
  tourSchema,
} from './schema'

export function jsonSchemas(): Record<string, unknown> {
  const io = { io: 'input' } as const
  return {
    muscle: z.toJSONSchema(muscleSchema, io),
    regions: z.toJSONSchema(regionsFileSchema, io),
    conditions: z.toJSONSchema(conditionsFileSchema, io),
    sources: z.toJSONSchema(sourcesFileSchema, io),
    education: z.toJSONSchema(educationSchema, io),
    tour: z.toJSONSchema(tourSchema, io),
    redFlags: z.toJSONSchema(redFlagsFileSchema, io),
    retiredRegions: z.toJSONSchema(retiredRegionsFileSchema, io),
  }
}
