export * from './werkvorm';
export * from './events';
export * from "./api";
