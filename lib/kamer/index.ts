export * from './schema';
export * from './machine';
export * from './projectie';
export * from './delta';
