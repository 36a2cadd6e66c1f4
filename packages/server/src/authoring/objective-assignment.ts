import { unprocessable } from '../errors/app-error.ts';

/** "Tutto il personale" already assigns everyone: a list of names beside it would say two things. */
export function assertAssignment(allStaff: boolean, assigneeIds: string[]): void {
  if (allStaff && assigneeIds.length > 0) {
    const message = 'assigneeIds: an objective for all staff ("tutto il personale") lists no one by name';
    throw unprocessable(message, [{ field: 'assigneeIds', message }]);
  }
}
