export * from './annex';
export * from './enums';
export * from './labels';
export * from './slug';
