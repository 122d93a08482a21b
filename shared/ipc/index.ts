export * from './contract';
export * from './menu-commands';
export * from './native-menu';
export * from './bridge';
export * from './schemas';
