import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n.ts';
import { PhaseCalendar } from './phase-calendar.tsx';
import { phaseFixture } from './plan.fixture.ts';

afterEach(cleanup);

/** The month names of the cells marked "previsto" in the row of phase `number`. */
function plannedMonths(table: HTMLElement, number: number): string[] {
  const months = within(table)
    .getAllByRole('columnheader')
    .flatMap((th) => Array.from(th.querySelectorAll('abbr'), (abbr) => abbr.title));
  const row = within(table)
    .getAllByRole('row')
    .find((tr) => tr.querySelector('td')?.textContent === String(number));
  if (!row) throw new Error(`no row for phase ${number}`);
  const cells = Array.from(row.querySelectorAll('td')).slice(2);
  return cells.flatMap((cell, i) => (cell.textContent === 'previsto' ? [months[i] ?? '?'] : []));
}

describe('the phase calendar', () => {
  it('has twelve month columns headed G F M A M G L A S O N D, each with its full name', () => {
    render(<PhaseCalendar objectiveCode="OP6" phases={[phaseFixture()]} />);
    const table = screen.getByRole('table', { name: /Calendarizzazione delle attività dell’obiettivo OP6/ });
    const abbrs = Array.from(table.querySelectorAll('thead abbr'));
    expect(abbrs.map((a) => a.textContent).join(' ')).toBe('G F M A M G L A S O N D');
    expect(abbrs.map((a) => a.getAttribute('title'))).toContain('settembre');
  });

  it('marks phase 6 of Chieve as planned in maggio, giugno and luglio only', () => {
    render(<PhaseCalendar objectiveCode="OP6" phases={[phaseFixture()]} />);
    expect(plannedMonths(screen.getByRole('table'), 6)).toEqual(['maggio', 'giugno', 'luglio']);
  });

  it('lists the phases in their number order with who does them', () => {
    const phases = [
      phaseFixture({
        number: 2,
        title: 'Delibere in digitale',
        months: [7, 8, 9, 10, 11, 12],
        assignees: ['Tutto il Personale'],
      }),
      phaseFixture({ number: 1, title: 'Trasparenza', months: [12], assignees: ['Segretario Comunale'] }),
    ];
    render(<PhaseCalendar objectiveCode="OB1" phases={phases} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Trasparenza',
      'Delibere in digitale',
    ]);
    expect(rows[0]?.textContent).toContain('Segretario Comunale');
    expect(plannedMonths(table, 1)).toEqual(['dicembre']);
    expect(plannedMonths(table, 2)).toEqual([
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ]);
  });

  it('says so when no activity is scheduled', () => {
    render(<PhaseCalendar objectiveCode="OB1" phases={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Per questo obiettivo non sono state calendarizzate attività.')).toBeTruthy();
  });
});
