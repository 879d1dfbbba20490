import type { ScalarRef } from '@pothos/core';
import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { builder, type Types } from '../builder';

/**
 * Any JSON value (output here; literals and variables parse with graphql-js's own
 * `valueFromASTUntyped`, as graphql-scalars' JSON does). It is not in the builder's `Scalars` map
 * (builder.ts), hence the cast to a typed ref; that map and scalars.ts are its tidier home.
 */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
const addScalar = builder.addScalarType.bind(builder) as unknown as (
  name: string,
  scalar: GraphQLScalarType,
) => ScalarRef<Types, unknown, unknown>;
export const JSONRef = addScalar('JSON', JSONScalar);
