import {
  ContestEvaluationSchema,
  EvaluationDetailSchema,
  EvaluationSummarySchema,
  OpenEvaluationsResultSchema,
  ReviewEvaluationSchema,
  ScoreEvaluationSchema,
  SelfAssessmentSchema,
  StepNoteSchema,
} from '@traguardo/domain/evaluation/evaluation.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../auth/authorize.ts';
import { renderPdf } from '../documents/pdf.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { planScope } from '../plans/plan-scope.ts';
import { acknowledgeEvaluation } from './acknowledge-evaluation.ts';
import { contestEvaluation } from './contest-evaluation.ts';
import { deliverEvaluation } from './deliver-evaluation.ts';
import { finalizeEvaluation } from './finalize-evaluation.ts';
import { getEvaluation } from './get-evaluation.ts';
import { listEvaluations } from './list-evaluations.ts';
import { loadSheetFrame } from './load-sheet-frame.ts';
import { openEvaluations } from './open-evaluations.ts';
import { evaluationSheetDocument } from './render-evaluation-sheet.ts';
import { reviewEvaluation } from './review-evaluation.ts';
import { scoreEvaluationSheet } from './score-evaluation-sheet.ts';
import { selfAssessEvaluation } from './self-assess-evaluation.ts';

const PlanParams = z.object({ planId: z.string().uuid() });
const EvaluationParams = z.object({ id: z.string().uuid() });
const tags = ['evaluations'];

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/plans/:planId/evaluations',
    {
      schema: {
        tags,
        params: PlanParams,
        response: { 200: OpenEvaluationsResultSchema, 201: OpenEvaluationsResultSchema },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'evaluation.open', { orgId: scope.orgId });
      const result = await openEvaluations(app.db, { planId: scope.planId, actorUserId: actor.userId });
      const list = await listEvaluations(app.db, { planId: scope.planId, orgId: scope.orgId, actor });
      return reply.status(result.created > 0 ? 201 : 200).send({ ...result, evaluations: list });
    },
  );

  app.get(
    '/plans/:planId/evaluations',
    {
      schema: {
        tags,
        description:
          'The plan\'s evaluation sheets the caller may read (own, those they evaluate or review; all for the secretary and the admin), by the person\'s name then id. Pages with ?limit=&cursor= and a Link rel="next" header, over the sheets the caller may read; without limit, the whole list.',
        params: PlanParams,
        querystring: PageQuerySchema,
        response: { 200: z.array(EvaluationSummarySchema) },
      },
    },
    async (request, reply) => {
      const scope = await planScope(app.db, request.params.planId);
      const actor = authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const window = pageWindow(request.query);
      const rows = await listEvaluations(app.db, { planId: scope.planId, orgId: scope.orgId, actor, window });
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.get(
    '/evaluations/:id',
    { schema: { tags, params: EvaluationParams, response: { 200: EvaluationDetailSchema } } },
    async (request) => getEvaluation(app.db, { id: request.params.id, actor: request.actor }),
  );

  app.put(
    '/evaluations/:id',
    {
      schema: {
        tags,
        params: EvaluationParams,
        body: ScoreEvaluationSchema,
        response: { 200: EvaluationDetailSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await scoreEvaluationSheet(app.db, { id, actor: request.actor, input: request.body });
      return getEvaluation(app.db, { id, actor: request.actor, as: null });
    },
  );

  app.put(
    '/evaluations/:id/self-assessment',
    {
      schema: {
        tags,
        params: EvaluationParams,
        body: SelfAssessmentSchema,
        response: { 200: EvaluationDetailSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await selfAssessEvaluation(app.db, { id, actor: request.actor, input: request.body });
      return getEvaluation(app.db, { id, actor: request.actor, as: null });
    },
  );

  const stepSchema = <B extends z.ZodType>(body: B) => ({
    schema: { tags, params: EvaluationParams, body, response: { 200: EvaluationDetailSchema } },
  });
  const answer = (id: string, actor: Actor | null) => getEvaluation(app.db, { id, actor, as: null });

  app.post('/evaluations/:id/deliver', stepSchema(StepNoteSchema), async (request) => {
    const { id } = request.params;
    await deliverEvaluation(app.db, { id, actor: request.actor, note: request.body.note });
    return answer(id, request.actor);
  });

  app.post('/evaluations/:id/acknowledge', stepSchema(StepNoteSchema), async (request) => {
    const { id } = request.params;
    await acknowledgeEvaluation(app.db, { id, actor: request.actor, note: request.body.note });
    return answer(id, request.actor);
  });

  app.post('/evaluations/:id/contest', stepSchema(ContestEvaluationSchema), async (request) => {
    const { id } = request.params;
    await contestEvaluation(app.db, { id, actor: request.actor, reason: request.body.reason });
    return answer(id, request.actor);
  });

  app.post('/evaluations/:id/review', stepSchema(ReviewEvaluationSchema), async (request) => {
    const { id } = request.params;
    const { note, behaviours } = request.body;
    await reviewEvaluation(app.db, { id, actor: request.actor, note, behaviours });
    return answer(id, request.actor);
  });

  app.post('/evaluations/:id/finalize', stepSchema(StepNoteSchema), async (request) => {
    const { id } = request.params;
    await finalizeEvaluation(app.db, { id, actor: request.actor, note: request.body.note });
    return answer(id, request.actor);
  });

  app.get(
    '/evaluations/:id/sheet.pdf',
    { schema: { tags, params: EvaluationParams } },
    async (request, reply) => {
      const sheet = await getEvaluation(app.db, {
        id: request.params.id,
        actor: request.actor,
        as: 'downloaded',
      });
      const pdf = await renderPdf(evaluationSheetDocument(sheet, await loadSheetFrame(app.db, sheet.planId)));
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `attachment; filename="scheda-valutazione-${sheet.id.slice(0, 8)}.pdf"`,
        )
        .send(pdf);
    },
  );
};
