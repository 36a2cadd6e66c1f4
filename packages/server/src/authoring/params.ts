import { z } from 'zod';

export const LineParams = z.object({ lineId: z.string().uuid() });
export const ObjectiveParams = z.object({ objectiveId: z.string().uuid() });
export const IndicatorParams = z.object({ indicatorId: z.string().uuid() });
export const PhaseParams = z.object({ phaseId: z.string().uuid() });
