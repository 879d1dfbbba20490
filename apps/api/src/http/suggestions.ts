import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const MASK = ' [Suggestion hidden]';

/**
 * Armor's blockFieldSuggestion hides "Did you mean …?" in validation errors only. graphql-js
 * makes the same suggestions while it coerces variables, during execution (an input field or
 * enum value spelt wrong in `variables`): this hides those too, in every error of every result.
 */
export function useHideSuggestions(): Plugin {
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const single of results) {
        if (!single || typeof single !== 'object' || !('errors' in single)) continue;
        for (const error of single.errors ?? []) {
          const message = error.message.replace(SUGGESTION, MASK);
          if (message !== error.message) error.message = message;
        }
      }
    },
  };
}
