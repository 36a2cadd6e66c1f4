import { passwordProblems } from '@traguardo/domain/auth/password-policy';
import { z } from 'zod';
import { ROLES } from '../auth/actor.ts';

export const OrgSchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  province: z.string().nullable(),
  introduction: z.string().nullable(),
});

export const CreateOrgSchema = z.object({
  name: z.string().trim().min(2).max(200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
    .max(80)
    .optional(),
  kind: z.enum(['comune', 'unione', 'provincia']).default('comune'),
  province: z.string().trim().max(100).optional(),
});

export const OrgParams = z.object({ orgId: z.string().uuid() });

export const UserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  unitIds: z.array(z.string().uuid()),
  personId: z.string().uuid().nullable(),
});

export const CreateUserSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(2).max(200),
  password: z
    .string()
    .max(256)
    .superRefine((value, ctx) => {
      for (const problem of passwordProblems(value)) ctx.addIssue({ code: 'custom', message: problem });
    }),
  roles: z.array(z.enum(ROLES)).min(1),
  unitIds: z.array(z.string().uuid()).default([]),
  personId: z.string().uuid().optional(),
});

export const UnitSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().uuid().nullable(),
  managerPersonId: z.string().uuid().nullable(),
  managerName: z.string().nullable(),
});
