import { MAX_MONEY_SEK } from '../inputs/common';
import { projectInputSchema } from '../inputs/project';
import {
  keyCell,
  optionalDateCell,
  optionalIntegerCell,
  optionalTextCell,
  refCell,
  tagCells,
  textCell,
} from './format';
import { type CsvValues, defineCsvSpec } from './spec';

/**
 * The follow-up records a unit keeps, for import and export. A project's state is not a column:
 * it moves only through its transitions (R4), never by a file; a new project starts as an idea.
 */

const money = () => optionalIntegerCell(0, MAX_MONEY_SEK);

export const projectCsv = defineCsvSpec(
  'projects',
  'key',
  {
    key: keyCell(),
    title: textCell(300),
    ownerUnit: refCell('units', true),
    programme: optionalTextCell(200),
    orientations: tagCells.orientations,
    priorityAreas: tagCells.priorityAreas,
    themes: tagCells.themes,
    budgetSek: money(),
    ownContributionSek: money(),
    euFundingSoughtSek: money(),
    euFundingGrantedSek: money(),
    benefit: optionalTextCell(5000),
    resources: optionalTextCell(5000),
    longTermEffects: optionalTextCell(5000),
    applicationDeadline: optionalDateCell(),
    startOn: optionalDateCell(),
    endOn: optionalDateCell(),
  },
  {
    schema: projectInputSchema,
    renames: { ownerUnit: 'ownerUnitId' },
  },
  { unitColumn: 'ownerUnit' },
);

export type ProjectCsvRow = CsvValues<typeof projectCsv.cells>;
