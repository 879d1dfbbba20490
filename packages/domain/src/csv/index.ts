export * from './format';
export * from './registry';
export * from './spec';
