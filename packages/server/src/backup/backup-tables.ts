/**
 * Tables in the order a restore must insert them (referenced before referencing). Sessions and
 * login attempts are not backed up: a restored installation starts with everyone logged out.
 */
export const BACKUP_TABLES = [
  'organizations',
  'users',
  'org_units',
  'people',
  'memberships',
  'plans',
  'acts',
  'plan_versions',
  'amendments',
  'strategic_lines',
  'objectives',
  'objective_assignees',
  'indicators',
  'phases',
  'measurements',
  'measurement_evidence',
  'change_requests',
  'evaluation_rules',
  'evaluations',
  'evaluation_scores',
  'evaluation_events',
  'bonus_distributions',
  'performance_reports',
  'publications',
  'audit_log',
] as const;

export const BACKUP_FORMAT = 'traguardo-backup/1';
