export * from './app';
export { RefusalRecorder } from './auth/refusal-recorder';
export { runMain, serve } from './serve';
