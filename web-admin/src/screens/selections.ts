/** Pure helpers of the editorial selections screen: the form's draft and the list's status. */
import { dayBoundary, todayIn, toLocalInput } from '@passculture/client';
import type { EditorialSelectionInput, EditorialSelectionKind } from '../gql/graphql';

/** The form as typed: text everywhere, days as `YYYY-MM-DD` (Paris). */
export interface SelectionDraft {
  title: string;
  text: string;
  kind: EditorialSelectionKind;
  offerIds: string;
  ruleCategoryId: string;
  ruleDepartmentCode: string;
  ruleBeginsFrom: string;
  ruleBeginsUntil: string;
  departmentCodes: string;
  publishedFrom: string;
  publishedUntil: string;
  position: string;
}

export function emptyDraft(now: Date): SelectionDraft {
  return {
    title: '',
    text: '',
    kind: 'LIST',
    offerIds: '',
    ruleCategoryId: '',
    ruleDepartmentCode: '',
    ruleBeginsFrom: '',
    ruleBeginsUntil: '',
    departmentCodes: '',
    publishedFrom: todayIn(undefined, now),
    publishedUntil: '',
    position: '0',
  };
}

const day = (iso: string | null) => (iso ? toLocalInput(iso).slice(0, 10) : '');
/** An exclusive end (the first instant after the last day) as that last day. */
const lastDay = (iso: string | null) =>
  iso ? day(new Date(new Date(iso).getTime() - 1).toISOString()) : '';
const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);

export function draftOf(s: {
  title: string;
  text: string | null;
  kind: EditorialSelectionKind;
  offerIds: string[];
  ruleCategoryId: string | null;
  ruleDepartmentCode: string | null;
  ruleBeginsFrom: string | null;
  ruleBeginsUntil: string | null;
  departmentCodes: string[];
  publishedFrom: string;
  publishedUntil: string | null;
  position: number;
}): SelectionDraft {
  return {
    title: s.title,
    text: s.text ?? '',
    kind: s.kind,
    offerIds: s.offerIds.join(', '),
    ruleCategoryId: s.ruleCategoryId ?? '',
    ruleDepartmentCode: s.ruleDepartmentCode ?? '',
    ruleBeginsFrom: day(s.ruleBeginsFrom),
    ruleBeginsUntil: lastDay(s.ruleBeginsUntil),
    departmentCodes: s.departmentCodes.join(', '),
    publishedFrom: day(s.publishedFrom),
    publishedUntil: lastDay(s.publishedUntil),
    position: String(s.position),
  };
}

/** What the form checks before sending (the api checks everything else, in French too). */
export function draftProblems(d: SelectionDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!dayBoundary(d.publishedFrom, 'start'))
    problems.publishedFrom = 'Indiquez le premier jour de publication.';
  if (!/^\d{1,4}$/.test(d.position.trim()))
    problems.position = 'La position doit être un nombre entier entre 0 et 1000.';
  return problems;
}

/**
 * What the api receives. Days are whole Paris days: from the start of the first, until the
 * end of the last. An empty or impossible day is sent as an invalid date only where the
 * api must refuse it (the start of publication is required).
 */
export function inputOf(d: SelectionDraft): EditorialSelectionInput {
  const start = (value: string) => (value ? dayBoundary(value, 'start') : null);
  const end = (value: string) => {
    const last = value ? dayBoundary(value, 'end') : null;
    return last ? new Date(new Date(last).getTime() + 1).toISOString() : null;
  };
  return {
    title: d.title,
    text: d.text.trim() || null,
    kind: d.kind,
    offerIds: d.kind === 'LIST' ? list(d.offerIds) : null,
    ruleCategoryId: d.kind === 'RULE' ? d.ruleCategoryId || null : null,
    ruleDepartmentCode: d.kind === 'RULE' ? d.ruleDepartmentCode.trim() || null : null,
    ruleBeginsFrom: d.kind === 'RULE' ? start(d.ruleBeginsFrom) : null,
    ruleBeginsUntil: d.kind === 'RULE' ? end(d.ruleBeginsUntil) : null,
    departmentCodes: list(d.departmentCodes),
    publishedFrom: start(d.publishedFrom) ?? '',
    publishedUntil: end(d.publishedUntil),
    position: Number.parseInt(d.position, 10),
  };
}

export function selectionStatus(
  s: { publishedFrom: string; publishedUntil: string | null },
  now: Date,
): { label: string; badge: string } {
  if (new Date(s.publishedFrom).getTime() > now.getTime())
    return { label: 'Programmée', badge: 'fr-badge--info' };
  if (s.publishedUntil && new Date(s.publishedUntil).getTime() <= now.getTime())
    return { label: 'Terminée', badge: 'fr-badge--warning' };
  return { label: 'En ligne', badge: 'fr-badge--success' };
}

/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return [...items];
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(target, 0, item!);
  return moved;
}
