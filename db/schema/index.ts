export * from './municipalities';
export * from './buildings';
export * from './benchmarks';
export * from './population';
export * from './plans';
export * from './zones';
