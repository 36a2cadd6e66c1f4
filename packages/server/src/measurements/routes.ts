import {
  EvidenceSchema,
  MeasurementSchema,
  RecordMeasurementSchema,
  ValidateMeasurementSchema,
} from '@traguardo/domain/achievement/measurement.schema';
import { LIMITS } from '@traguardo/domain/limits';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { addEvidence } from './add-evidence.ts';
import { listMeasurements } from './list-measurements.ts';
import { indicatorForMeasurement, measurementScope } from './measurement-scope.ts';
import { contentDisposition, readEvidence } from './read-evidence.ts';
import { readUploadedFile } from './read-uploaded-file.ts';
import { recordMeasurement } from './record-measurement.ts';
import { validateMeasurement } from './validate-measurement.ts';

const IndicatorParams = z.object({ indicatorId: z.string().uuid() });
const MeasurementParams = z.object({ measurementId: z.string().uuid() });

export const measurementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators/:indicatorId/measurements',
    {
      schema: {
        tags: ['measurements'],
        params: IndicatorParams,
        response: { 200: z.array(MeasurementSchema) },
      },
    },
    async (request, reply) => {
      const indicator = await indicatorForMeasurement(app.db, request.params.indicatorId);
      authorize(request.actor, 'plan.read', { orgId: indicator.orgId });
      reply.header('cache-control', 'no-store');
      return listMeasurements(app.db, indicator.indicatorId);
    },
  );

  app.post(
    '/indicators/:indicatorId/measurements',
    {
      schema: {
        tags: ['measurements'],
        description:
          '{date, final, value} or {date, final, variables} (the value computed from the formula), optional note.',
        params: IndicatorParams,
        body: RecordMeasurementSchema,
        response: { 201: MeasurementSchema },
      },
    },
    async (request, reply) => {
      const indicator = await indicatorForMeasurement(app.db, request.params.indicatorId);
      const actor = authorize(request.actor, 'indicator.measure', {
        orgId: indicator.orgId,
        unitId: indicator.unitId,
      });
      const created = await recordMeasurement(app.db, {
        indicator,
        input: request.body,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/measurements/:measurementId/validation',
    {
      schema: {
        tags: ['measurements'],
        description: 'The Nucleo validates a final measurement or sends it back with a comment.',
        params: MeasurementParams,
        body: ValidateMeasurementSchema,
        response: { 200: MeasurementSchema },
      },
    },
    async (request) => {
      const scope = await measurementScope(app.db, request.params.measurementId);
      const actor = authorize(request.actor, 'measurement.validate', { orgId: scope.orgId });
      return validateMeasurement(app.db, { scope, input: request.body, actorUserId: actor.userId });
    },
  );

  app.post(
    '/measurements/:measurementId/evidence',
    {
      schema: {
        tags: ['measurements'],
        description: `multipart/form-data with one \`file\` (PDF, PNG, JPEG, xlsx, docx, ods, odt, csv, txt; up to ${LIMITS.evidenceBytes} bytes).`,
        params: MeasurementParams,
        response: { 201: EvidenceSchema },
      },
    },
    async (request, reply) => {
      const scope = await measurementScope(app.db, request.params.measurementId);
      const actor = authorize(request.actor, 'indicator.measure', {
        orgId: scope.orgId,
        unitId: scope.unitId,
      });
      const file = await readUploadedFile(request, LIMITS.evidenceBytes);
      const evidence = await addEvidence(app.db, { scope, ...file, actorUserId: actor.userId });
      return reply.status(201).send(evidence);
    },
  );

  app.get(
    '/measurements/:measurementId/evidence/:evidenceId',
    {
      schema: {
        tags: ['measurements'],
        description: 'Downloads an evidence file as an attachment.',
        params: MeasurementParams.extend({ evidenceId: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const scope = await measurementScope(app.db, request.params.measurementId);
      authorize(request.actor, 'plan.read', { orgId: scope.orgId });
      const file = await readEvidence(app.db, scope.measurementId, request.params.evidenceId);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
