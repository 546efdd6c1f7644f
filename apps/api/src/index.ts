export * from './app';
export { RefusalRecorder } from './auth/refusal-recorder';
