export * from './contract';
export * from './menu-commands';
export * from './bridge';
export * from './schemas';
