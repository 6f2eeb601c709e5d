export * from './municipalities';
export * from './buildings';
export * from './benchmarks';
export * from './population';
export * from './plans';
export * from './zones';
export * from './auth';
export * from './audit';
