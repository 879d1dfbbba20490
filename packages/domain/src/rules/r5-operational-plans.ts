import { obligation } from '../obligations/state';
import type { IsoDate, LedgerFacts, Obligation } from '../obligations/types';
import { yearOf } from './dates';

/** From 1 October a unit is expected to be planning next year (R5). */
const NEXT_YEAR_FROM_MONTH_DAY = '10-01';

/** The units that must file a yearly plan: active top-level units, not the political boards. */
export function unitMustPlan(unit: { active: boolean; hasParent: boolean; kind: string }): boolean {
  return unit.active && !unit.hasParent && unit.kind !== 'board';
}

/** The plan years the ledger asks for on `asOf`: since's year … asOf's year, and next year from October. */
export function planYears(since: IsoDate, asOf: IsoDate): number[] {
  const first = yearOf(since);
  const current = yearOf(asOf);
  const last = asOf.slice(5) >= NEXT_YEAR_FROM_MONTH_DAY ? current + 1 : current;
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

/**
 * R5 Operational plans: every unit's plan for a year, with its international priorities, is due
 * by 31 January of that year. A plan recorded without an adoption date counts from 1 January.
 */
export function operationalPlanObligations(facts: LedgerFacts): Obligation[] {
  const filedOn = new Map<string, IsoDate>();
  for (const plan of facts.plans) {
    const key = `${plan.unitId}:${plan.year}`;
    const date = plan.adoptedOn ?? `${plan.year}-01-01`;
    const earlier = filedOn.get(key);
    if (earlier === undefined || date < earlier) filedOn.set(key, date);
  }
  const years = planYears(facts.since, facts.asOf);
  return facts.units.filter(unitMustPlan).flatMap((unit) =>
    years.map((year) =>
      obligation(facts, {
        key: `operational_plan:unit:${unit.id}:${year}`,
        kind: 'operational_plan',
        rule: 'R5',
        subject: 'unit',
        subjectId: unit.id,
        year,
        ownerUnitId: unit.id,
        dueOn: `${year}-01-31`,
        fulfilledOn: filedOn.get(`${unit.id}:${year}`) ?? null,
      }),
    ),
  );
}
