import { Global, Module } from '@nestjs/common';
import { ActivePolicy } from './active-policy';

@Global()
@Module({ providers: [ActivePolicy], exports: [ActivePolicy] })
export class PolicyModule {}
