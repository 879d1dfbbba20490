export * from './format';
export * from './kinds';
export * from './registry';
export * from './spec';
export * from './workflow';
