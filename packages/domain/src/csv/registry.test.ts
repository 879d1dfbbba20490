import { describe, expect, it } from 'vitest';
import { readCsv } from './files';
import { CSV_FORMAT } from './format';
import { CSV_SPECS } from './kinds';
import { exportCsv, planImport } from './plan';
import {
  agreementCsv,
  membershipCsv,
  type PersonCsvRow,
  personCsv,
  seatCsv,
  type UnitCsvRow,
  unitCsv,
} from './registry';
import type { ImportContext } from './spec';
import { projectCsv } from './workflow';

const units: UnitCsvRow[] = [
  { key: 'stadskontoret', name: 'Stadskontoret', kind: 'office', parent: null, active: true },
  {
    key: 'sk-kommunikation',
    name: 'Kommunikation & Utveckling',
    kind: 'department',
    parent: 'stadskontoret',
    active: true,
  },
];
const people: PersonCsvRow[] = [
  {
    key: 'eva-klammeus',
    name: 'Eva Klamméus',
    email: null,
    unit: 'stadskontoret',
    active: false,
    leftOn: '2007-06-30',
  },
  // Cells a spreadsheet would take for formulas, a `;`, a quote and a line break.
  {
    key: 'x-y',
    name: '=SUM(A1); "Kalle"\nAnka',
    email: '-x@example.se',
    unit: null,
    active: true,
    leftOn: null,
  },
];

function contextOf<V>(
  rows: V[],
  keyOf: (row: V) => string,
  known: string[] = [],
): ImportContext<V> {
  return {
    current: new Map(rows.map((row) => [keyOf(row), row])),
    exists: (kind, key) => known.includes(`${kind}/${key}`),
  };
}

describe('CSV specs', () => {
  it('every kind names its key column, and its references name kinds that exist', () => {
    for (const [kind, spec] of Object.entries(CSV_SPECS)) {
      expect(spec.kind).toBe(kind);
      expect(spec.columns).toContain(spec.key);
      for (const reference of spec.references) {
        expect(Object.keys(CSV_SPECS)).toContain(reference.kind);
      }
      // Every column but the record's own key meets a field of the kind's input schema.
      const checked = Object.keys(spec.input?.fields ?? {});
      expect(spec.columns.filter((column) => !checked.includes(column))).toEqual(
        spec.key === 'key' ? ['key'] : [],
      );
    }
  });

  it('writes UTF-8 with a BOM, `;` between cells, and reads its own export back unchanged', () => {
    const text = exportCsv(personCsv, people);
    expect(text.startsWith(CSV_FORMAT.bom)).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('key;name;email;unit;active;leftOn');
    // Formulas are escaped with an apostrophe in the file…
    expect(text).toContain(`"'=SUM(A1); ""Kalle""\nAnka"`);
    const plan = planImport(
      personCsv,
      text,
      contextOf(people, (row) => row.key, ['units/stadskontoret']),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.rows.map((row) => row.outcome)).toEqual(['unchanged', 'unchanged']);
    // …and the apostrophe is gone again once read.
    expect(plan.rows[1]?.values?.name).toBe(people[1]?.name);
    expect(plan.rows[1]?.values?.email).toBe('-x@example.se');
  });

  it('sorts an export by key, and reports the changed fields of an edited row', () => {
    const text = exportCsv(unitCsv, units);
    const lines = text.split('\r\n');
    expect(lines[1]?.startsWith('sk-kommunikation;')).toBe(true);
    const edited = text.replace('Stadskontoret;office;;true', 'Stadskontoret;office;;false');
    const plan = planImport(
      unitCsv,
      `${edited}ny-enhet;Ny enhet;district;sk-kommunikation;true\r\n`,
      {
        current: new Map(units.map((row) => [row.key, row])),
        exists: () => false,
      },
    );
    expect(plan.ok).toBe(true);
    expect(plan.rows.map((row) => [row.key, row.outcome])).toEqual([
      ['sk-kommunikation', 'unchanged'],
      ['stadskontoret', 'update'],
      ['ny-enhet', 'create'],
    ]);
    expect(plan.rows[1]?.changes).toEqual([{ field: 'active', from: 'true', to: 'false' }]);
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, reject: 0 });
  });

  it('reports each bad row with its field and a Swedish message', () => {
    const text = [
      'key;name;kind;parent;active',
      'a;A;district;;true',
      'a;Dubblett;district;;true',
      'B C;;planet;okand;kanske',
      'c;C;district;a',
    ].join('\n');
    const plan = planImport(
      unitCsv,
      text,
      contextOf<UnitCsvRow>([], (row) => row.key),
    );
    expect(plan.ok).toBe(false);
    expect(plan.rows.map((row) => row.outcome)).toEqual(['create', 'reject', 'reject', 'reject']);
    expect(plan.rows[1]?.errors).toEqual([
      { field: 'key', code: 'DUPLICATE_KEY', message: expect.stringContaining('tidigare rad') },
    ]);
    const bad = plan.rows[2]?.errors ?? [];
    expect(bad.map((error) => [error.field, error.code])).toEqual([
      ['key', 'INVALID_KEY'],
      ['name', 'REQUIRED'],
      ['kind', 'invalid_value'],
      ['active', 'NOT_A_BOOLEAN'],
    ]);
    expect(bad.find((error) => error.field === 'name')?.message).toBe('Fältet måste fyllas i.');
    expect(plan.rows[2]?.row).toBe(4);
    expect(plan.rows[3]?.errors.map((error) => error.code)).toEqual(['WRONG_CELL_COUNT']);
  });

  it('checks references: to stored records of another kind, or to rows of the same file', () => {
    const text = [
      'key;name;kind;parent;active',
      'barn;Barn;department;forelder;true',
      'forelder;Förälder;office;;true',
      'annan;Annan;department;saknas;true',
    ].join('\n');
    const plan = planImport(
      unitCsv,
      text,
      contextOf<UnitCsvRow>([], (row) => row.key),
    );
    expect(plan.rows.map((row) => row.outcome)).toEqual(['create', 'create', 'reject']);
    expect(plan.rows[2]?.errors).toEqual([
      {
        field: 'parent',
        code: 'UNKNOWN_REFERENCE',
        message: 'Det finns ingen post med den nyckeln.',
      },
    ]);
    const membership = planImport(
      membershipCsv,
      [
        membershipCsv.columns.join(';'),
        'eurocities;1997;;;12000;;profiling|profiling;;',
        'eurocities-x;1997;sdf-fosie;;x;;;;',
      ].join('\n'),
      contextOf([], () => '', ['organisations/eurocities']),
    );
    expect(membership.rows[0]?.values?.orientations).toEqual(['profiling']);
    expect(membership.rows[1]?.errors.map((error) => [error.field, error.code])).toEqual([
      ['annualFee', 'NOT_AN_INTEGER'],
    ]);
  });

  it("checks rows with the kind's input schema: its rules, its messages, its normal form", () => {
    const text = [
      'key;name;email;unit;active;leftOn',
      'a;A;Eva@Example.SE;;true;',
      'b;B;inte-en-adress;;true;',
    ].join('\n');
    const plan = planImport(personCsv, text, { current: new Map(), exists: () => true });
    expect(plan.rows[0]?.values?.email).toBe('eva@example.se');
    expect(plan.rows[1]?.errors.map((error) => [error.field, error.code])).toEqual([
      ['email', 'INVALID_EMAIL'],
    ]);
    const seats = planImport(
      seatCsv,
      [seatCsv.columns.join(';'), 's;f;;;;2008;2007;;;;'].join('\n'),
      { current: new Map(), exists: () => true },
    );
    // The columns are named as in the file, not as the input schema's fields (`fromYear`); a
    // vacant seat is no error (R7 keeps it, to be filled).
    expect(seats.rows[0]?.errors.map((error) => [error.field, error.code])).toEqual([
      ['toYear', 'TO_YEAR_BEFORE_FROM_YEAR'],
    ]);
    const vacant = planImport(seatCsv, [seatCsv.columns.join(';'), 's;f;;;;2007;;;;;'].join('\n'), {
      current: new Map(),
      exists: () => true,
    });
    expect(vacant.rows[0]?.outcome).toBe('create');
  });

  it("lets a unit editor's file touch its own unit's projects only", () => {
    const header = projectCsv.columns.join(';');
    const blank = ';'.repeat(projectCsv.columns.length - 4);
    const text = [
      header,
      `egen;Eget projekt;sdf-fosie;${blank}`,
      `annan;Annat projekt;sdf-kirseberg;${blank}`,
      `flytt;Flyttat projekt;sdf-fosie;${blank}`,
    ].join('\n');
    const stored = planImport(projectCsv, text, { current: new Map(), exists: () => true }).rows;
    const moved = stored[2]?.values;
    if (!moved) throw new Error('the row should read');
    const plan = planImport(projectCsv, text, {
      current: new Map([['flytt', { ...moved, ownerUnit: 'sdf-kirseberg' }]]),
      exists: () => true,
      unit: 'sdf-fosie',
    });
    expect(plan.rows.map((row) => [row.key, row.outcome, row.errors[0]?.code])).toEqual([
      ['egen', 'create', undefined],
      ['annan', 'reject', 'OTHER_UNIT'],
      ['flytt', 'reject', 'OTHER_UNIT'],
    ]);
  });

  it('will not change an archived record, and reads it back unchanged', () => {
    const text = exportCsv(unitCsv, units).replace('Stadskontoret;office', 'SK;office');
    const plan = planImport(unitCsv, text, {
      current: new Map(units.map((row) => [row.key, row])),
      exists: () => true,
      archived: new Set(['stadskontoret', 'sk-kommunikation']),
    });
    expect(plan.rows.map((row) => [row.key, row.outcome, row.errors[0]?.code])).toEqual([
      ['sk-kommunikation', 'unchanged', undefined],
      ['stadskontoret', 'reject', 'ARCHIVED'],
    ]);
  });

  it('refuses to make a record its own ancestor, through the file or what is stored', () => {
    const text = [
      'key;name;kind;parent;active',
      'sk-kommunikation;Kommunikation & Utveckling;department;stadskontoret;true',
      'stadskontoret;Stadskontoret;office;sk-kommunikation;true',
      'egen;Egen;office;egen;true',
    ].join('\n');
    const plan = planImport(unitCsv, text, {
      current: new Map(units.map((row) => [row.key, row])),
      exists: () => false,
    });
    expect(plan.rows.map((row) => [row.key, row.outcome, row.errors[0]?.code])).toEqual([
      ['sk-kommunikation', 'reject', 'PARENT_CYCLE'],
      ['stadskontoret', 'reject', 'PARENT_CYCLE'],
      ['egen', 'reject', 'PARENT_CYCLE'],
    ]);
    expect(plan.counts.reject).toBe(3);
  });

  it('refuses a file whose header is not the kind’s columns, and reads `,` files too', () => {
    const missing = planImport(unitCsv, 'key;name;kind;active;colour\na;A;office;true;red', {
      current: new Map(),
      exists: () => false,
    });
    expect(missing.ok).toBe(false);
    expect(missing.rows).toEqual([]);
    expect(missing.errors.map((error) => [error.field, error.code])).toEqual([
      ['colour', 'UNKNOWN_COLUMN'],
      ['parent', 'MISSING_COLUMN'],
    ]);
    const comma = readCsv('\uFEFFkey,partnerCity,type\r\nx,"Vasa, FI",none\r\n', [
      'key',
      'partnerCity',
      'type',
    ]);
    expect(comma.rows[0]?.cells).toEqual({ key: 'x', partnerCity: 'Vasa, FI', type: 'none' });
    expect(
      planImport(agreementCsv, '', { current: new Map(), exists: () => false }).errors,
    ).toEqual([expect.objectContaining({ code: 'EMPTY_FILE' })]);
  });
});
