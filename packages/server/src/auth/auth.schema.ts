import { z } from 'zod';
import { ROLES } from './actor.ts';

export const LoginSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const MeSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  isInstanceAdmin: z.boolean(),
  organizations: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      slug: z.string(),
      roles: z.array(z.enum(ROLES)),
      unitIds: z.array(z.string().uuid()),
      personId: z.string().uuid().nullable(),
    }),
  ),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});
