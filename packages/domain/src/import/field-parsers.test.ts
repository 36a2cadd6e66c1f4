import { describe, expect, it } from 'vitest';
import {
  isBinaryFormula,
  italianDate,
  parseDeadline,
  parseObjectiveKind,
  parsePolarity,
} from './field-parsers.ts';

describe('isBinaryFormula', () => {
  it.each([
    // Cremona: 1613, 1602 and 1610, 1563 and 1564, 1516
    ['1 = fatto 0 = non fatto', true],
    ['1=fatto 0=non fatto', true],
    ['1 fatto 0 non fatto', true],
    ['1 Fatto 0 non fatto', true],
    ['1 = fatto; 0 = non fatto', true],
    // Cremona: 1389, 1474, 1528
    ['n. di accessi', false],
    ["N. profili revisionati / N. profili presenti nell'Ente", false],
    ['(nr. ricorsi/ totale domande)*100', false],
    ['', false],
    [null, false],
  ])('%j is binary: %s', (formula, binary) => {
    expect(isBinaryFormula(formula)).toBe(binary);
  });
});

describe('parsePolarity', () => {
  it.each([
    ['positiva', 'positive'],
    ['Negativa', 'negative'],
    ['NEGATIVO', 'negative'],
    ['', 'positive'],
    [null, 'positive'],
  ])('%j is %s', (cell, value) => {
    expect(parsePolarity(cell)).toEqual({ ok: true, value });
  });

  it('refuses another word, quoting it', () => {
    expect(parsePolarity('alta')).toEqual({ ok: false, message: expect.stringContaining('"alta"') });
  });
});

describe('parseObjectiveKind', () => {
  it.each([
    ['strategico', 'strategic'],
    ['Obiettivo strategico', 'strategic'],
    ['operativo', 'operational'],
    ['di processo', 'operational'],
    ['Gestionale', 'management'],
    ['', 'operational'],
  ])('%j is %s', (cell, value) => {
    expect(parseObjectiveKind(cell)).toEqual({ ok: true, value });
  });

  it('refuses an unknown type', () => {
    expect(parseObjectiveKind('strategicissimo').ok).toBe(false);
  });
});

describe('parseDeadline', () => {
  it.each([
    // Chieve: tempistica di rilevazione
    ['31/12/2020', { date: '2020-12-31', text: null }],
    ['31/08/2020', { date: '2020-08-31', text: null }],
    ['1/7/2020', { date: '2020-07-01', text: null }],
    ['2020-12-31', { date: '2020-12-31', text: null }],
    [{ isoDate: '2019-12-31' }, { date: '2019-12-31', text: null }],
    ['semestrale', { date: null, text: 'semestrale' }],
    ['31/02/2020', { date: null, text: '31/02/2020' }],
    ['', { date: null, text: null }],
  ])('%j becomes %j', (cell, deadline) => {
    expect(parseDeadline(cell)).toEqual(deadline);
  });

  it('writes an ISO day the Italian way', () => {
    expect(italianDate('2020-12-31')).toBe('31/12/2020');
  });
});
