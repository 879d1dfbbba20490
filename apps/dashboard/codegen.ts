import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema, never the server's code.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // Every scalar needs a type here (strictScalars); JSON is whatever the server sends.
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
