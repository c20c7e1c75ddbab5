import type { z } from 'zod'
import type {
  CreateStageAutomationBody,
  StageAutomation,
  StageAutomationList,
  UpdateStageAutomationBody,
} from '../../../../worker/modules/crm/deals/automations/automations.schemas.ts'
import type {
  CreatePipelineBody,
  CreateStageBody,
  Pipeline,
  PipelineList,
  Stage,
  UpdatePipelineBody,
  UpdateStageBody,
} from '../../../../worker/modules/crm/deals/pipelines.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { Pipeline, Stage, StageAutomation }
export type NewAutomation = z.input<typeof CreateStageAutomationBody>

const enc = encodeURIComponent

export const listAllPipelines = (signal?: AbortSignal) =>
  apiRequest<PipelineList>('/api/v1/pipelines?archived=include', { signal }).then((r) => r.items)

export const createPipeline = (body: z.input<typeof CreatePipelineBody>) =>
  apiRequest<Pipeline>('/api/v1/pipelines', { method: 'POST', body })

export const updatePipeline = (pipelineId: string, body: z.input<typeof UpdatePipelineBody>) =>
  apiRequest<Pipeline>(`/api/v1/pipelines/${enc(pipelineId)}`, { method: 'PATCH', body })

export const deletePipeline = (pipelineId: string) =>
  apiRequest<{ outcome: 'deleted' | 'archived' }>(`/api/v1/pipelines/${enc(pipelineId)}`, {
    method: 'DELETE',
  })

export const createStage = (pipelineId: string, body: z.input<typeof CreateStageBody>) =>
  apiRequest<Stage>(`/api/v1/pipelines/${enc(pipelineId)}/stages`, { method: 'POST', body })

export const updateStage = (stageId: string, body: z.input<typeof UpdateStageBody>) =>
  apiRequest<Stage>(`/api/v1/stages/${enc(stageId)}`, { method: 'PATCH', body })

export const deleteStage = (stageId: string, moveToStageId?: string) =>
  apiRequest<void>(
    `/api/v1/stages/${enc(stageId)}${moveToStageId ? `?moveToStageId=${enc(moveToStageId)}` : ''}`,
    { method: 'DELETE' },
  )

export const reorderStages = (pipelineId: string, stageIds: string[]) =>
  apiRequest<Pipeline>(`/api/v1/pipelines/${enc(pipelineId)}/stages`, { method: 'PUT', body: { stageIds } })

export const listAutomations = (stageId: string, signal?: AbortSignal) =>
  apiRequest<StageAutomationList>(`/api/v1/stages/${enc(stageId)}/automations`, { signal }).then(
    (r) => r.items,
  )

export const createAutomation = (stageId: string, body: NewAutomation) =>
  apiRequest<StageAutomation>(`/api/v1/stages/${enc(stageId)}/automations`, { method: 'POST', body })

export const updateAutomation = (id: string, body: z.input<typeof UpdateStageAutomationBody>) =>
  apiRequest<StageAutomation>(`/api/v1/stage-automations/${enc(id)}`, { method: 'PATCH', body })

export const deleteAutomation = (id: string) =>
  apiRequest<void>(`/api/v1/stage-automations/${enc(id)}`, { method: 'DELETE' })
