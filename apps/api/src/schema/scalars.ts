import { GraphQLError } from 'graphql';
import { builder } from '../builder';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value)))
      return value;
    throw new GraphQLError('Date must be YYYY-MM-DD');
  },
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be ISO 8601');
    return date;
  },
});

export const SortDirection = builder.enumType('SortDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});
