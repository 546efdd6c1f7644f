export { CORRELATION_HEADER } from './http-logging';
export { LoggingModule } from './logging.module';
