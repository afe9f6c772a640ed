export * from './factories';
export * from './problem';
export * from './test-app';
export * from './mail-sink';
export * from './zip';
