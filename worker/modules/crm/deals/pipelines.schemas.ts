import { z } from '@hono/zod-openapi'
import { STAGE_KINDS } from './deals.tables.ts'

/** How many pipelines a tenant keeps (archived ones included) and stages a pipeline has. */
export const MAX_PIPELINES = 20
export const MAX_STAGES = 20

const Name = z.string().trim().min(1, 'Give it a name').max(80)
const Probability = z
  .number()
  .int()
  .min(0)
  .max(100)
  .openapi({ description: 'Chance (percent) that a deal in this stage is won; won stages are 100, lost 0' })

export const Stage = z
  .object({
    id: z.string().openapi({ example: 'stg_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    pipelineId: z.string(),
    name: z.string().openapi({ example: 'Proposal' }),
    position: z.number().int(),
    kind: z.enum(STAGE_KINDS),
    winProbability: z.number().int(),
  })
  .openapi('Stage')
export type Stage = z.infer<typeof Stage>

export const Pipeline = z
  .object({
    id: z.string().openapi({ example: 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    name: z.string().openapi({ example: 'Sales' }),
    isDefault: z.boolean(),
    position: z.number().int(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    stages: z.array(Stage).openapi({ description: 'In board order' }),
  })
  .openapi('Pipeline')
export type Pipeline = z.infer<typeof Pipeline>

export const PipelineList = z.object({ items: z.array(Pipeline) }).openapi('PipelineList')
export type PipelineList = z.infer<typeof PipelineList>

export const ListPipelinesQuery = z.object({
  archived: z
    .enum(['exclude', 'include'])
    .default('exclude')
    .openapi({ description: '`include` lists archived pipelines too' }),
})

export const StageInput = z
  .strictObject({
    name: Name,
    kind: z.enum(STAGE_KINDS).default('open'),
    winProbability: Probability.optional(),
  })
  .openapi('StageInput')
export type StageInput = z.infer<typeof StageInput>

export const CreatePipelineBody = z
  .strictObject({
    name: Name,
    stages: z
      .array(StageInput)
      .min(1)
      .max(MAX_STAGES)
      .optional()
      .openapi({ description: 'In order; the default sales stages when left out' }),
  })
  .openapi('CreatePipelineBody')
export type CreatePipelineBody = z.infer<typeof CreatePipelineBody>

export const UpdatePipelineBody = z
  .strictObject({
    name: Name.optional(),
    isDefault: z
      .literal(true)
      .optional()
      .openapi({ description: 'Makes this the default pipeline (the one new deals land in)' }),
    position: z.number().int().min(0).max(1000).optional(),
    archived: z.boolean().optional().openapi({ description: 'Archive (hide) or bring back' }),
  })
  .openapi('UpdatePipelineBody')
export type UpdatePipelineBody = z.infer<typeof UpdatePipelineBody>

export const DeletePipelineResult = z
  .object({
    outcome: z.enum(['deleted', 'archived']).openapi({
      description: 'A pipeline that holds deals is archived (kept for reports) rather than deleted',
    }),
  })
  .openapi('DeletePipelineResult')

export const CreateStageBody = StageInput.extend({
  index: z
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'Where to insert it (0 = first); at the end when left out' }),
}).openapi('CreateStageBody')
export type CreateStageBody = z.infer<typeof CreateStageBody>

export const UpdateStageBody = z
  .strictObject({
    name: Name.optional(),
    kind: z.enum(STAGE_KINDS).optional(),
    winProbability: Probability.optional(),
  })
  .openapi('UpdateStageBody')
export type UpdateStageBody = z.infer<typeof UpdateStageBody>

export const ReorderStagesBody = z
  .strictObject({
    stageIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(MAX_STAGES)
      .openapi({ description: 'Every stage of the pipeline, in the new order' }),
  })
  .openapi('ReorderStagesBody')

export const DeleteStageQuery = z.object({
  moveToStageId: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'A stage of the same pipeline that takes over the deals of the one removed' }),
})
