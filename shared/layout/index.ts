/** Arranging a view: auto-layout by CSDM layer (ELK graph in, positions out), align and distribute. */
export * from './align';
export * from './elkTypes';
export * from './layoutGraph';
export * from './layoutResult';
