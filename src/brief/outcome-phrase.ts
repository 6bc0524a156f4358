// How a closed question ended, as the short surfaces say it (lists, titles, feeds, history): never
// a bare "resolved no" where the outcome rests on no record at all.

import { formatDay } from '../facts/format';
import type { ResolutionBasis, ResolutionStatus } from './resolution';

const ON: Record<ResolutionBasis, string> = {
  event: '',
  'recorded-absence': ', on a record that it had not happened',
  'no-record': ', for want of any record',
};

/** "Resolved no on 31 December 2021, for want of any record"; "Not resolved"; "" while open. */
export function outcomePhrase(
  status: ResolutionStatus,
  date: string | null | undefined,
  basis: ResolutionBasis | null | undefined,
): string {
  if (status === 'open') return '';
  if (status === 'unresolved') return 'Not resolved';
  return `Resolved ${status}${date ? ` on ${formatDay(date)}` : ''}${basis ? ON[basis] : ''}`;
}

/** The same in lower case, for use inside a sentence or a title. */
export function outcomeInline(
  status: ResolutionStatus,
  date: string | null | undefined,
  basis: ResolutionBasis | null | undefined,
): string {
  const phrase = outcomePhrase(status, date, basis);
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}
