export * from './annex';
export * from './enums';
export * from './labels';
export * from './rules/r13-agreement-expiry';
export * from './slug';
