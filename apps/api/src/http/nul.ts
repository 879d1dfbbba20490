import { GraphQLError, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const MESSAGE = 'Text may not contain the NUL character (U+0000).';

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

const noNulLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000'))
      context.reportError(new GraphQLError(MESSAGE, { nodes: node }));
  },
});

/**
 * PostgreSQL cannot hold U+0000 in text (the driver fails the whole query), so no input may carry
 * it: refused as bad input, in variables and in string literals alike, before anything runs.
 */
export function useRefuseNul(): Plugin {
  return {
    onParams({ params }) {
      if (hasNul(params.variables)) {
        throw createGraphQLError(MESSAGE, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(noNulLiterals);
    },
  };
}
