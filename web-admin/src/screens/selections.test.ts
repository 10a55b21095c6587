import { describe, expect, it } from 'vitest';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  inputOf,
  moveItem,
  selectionStatus,
} from './selections';

describe('the selection form', () => {
  it('sends whole Paris days, lists split, and reads them back the same', () => {
    const draft = {
      ...emptyDraft(new Date('2026-12-03T10:00:00Z')),
      title: 'Noël au cinéma',
      kind: 'RULE' as const,
      ruleCategoryId: 'CINEMA',
      ruleDepartmentCode: ' 35 ',
      ruleBeginsFrom: '2026-12-20',
      ruleBeginsUntil: '2026-12-31',
      departmentCodes: '35, 22;29',
      publishedUntil: '2026-12-31',
      position: '3',
    };
    const input = inputOf(draft);
    expect(input).toMatchObject({
      publishedFrom: '2026-12-02T23:00:00.000Z',
      publishedUntil: '2026-12-31T23:00:00.000Z',
      ruleBeginsFrom: '2026-12-19T23:00:00.000Z',
      ruleDepartmentCode: '35',
      departmentCodes: ['35', '22', '29'],
      offerIds: null,
      position: 3,
    });
    const back = draftOf({
      ...input,
      text: null,
      offerIds: [],
      ruleCategoryId: 'CINEMA',
      ruleDepartmentCode: '35',
      ruleBeginsFrom: input.ruleBeginsFrom!,
      ruleBeginsUntil: input.ruleBeginsUntil!,
      departmentCodes: input.departmentCodes!,
      publishedFrom: input.publishedFrom as string,
      publishedUntil: input.publishedUntil!,
      position: 3,
    });
    expect(back).toMatchObject({
      publishedFrom: '2026-12-03',
      publishedUntil: '2026-12-31',
      ruleBeginsUntil: '2026-12-31',
      departmentCodes: '35, 22, 29',
    });
  });

  it('asks for a first day and a whole position before sending', () => {
    const draft = { ...emptyDraft(new Date()), publishedFrom: '', position: 'deux' };
    expect(draftProblems(draft)).toEqual({
      publishedFrom: 'Indiquez le premier jour de publication.',
      position: 'La position doit être un nombre entier entre 0 et 1000.',
    });
  });

  it('says whether a selection is online, scheduled or over', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(
      selectionStatus({ publishedFrom: '2026-12-01T00:00:00Z', publishedUntil: null }, now).label,
    ).toBe('En ligne');
    expect(
      selectionStatus({ publishedFrom: '2026-12-05T00:00:00Z', publishedUntil: null }, now).label,
    ).toBe('Programmée');
    expect(
      selectionStatus(
        { publishedFrom: '2026-11-01T00:00:00Z', publishedUntil: '2026-12-01T00:00:00Z' },
        now,
      ).label,
    ).toBe('Terminée');
  });
});

describe('moving a selection', () => {
  it('takes it out and puts it back at its new place, within the list', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 2)).toEqual(['a', 'c', 'b']);
  });
});
