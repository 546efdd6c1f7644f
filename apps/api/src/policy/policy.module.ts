import { Global, Module } from '@nestjs/common';
import { ActivePolicy } from './active-policy';
import { PolicyController } from './policy.controller';

@Global()
@Module({ controllers: [PolicyController], providers: [ActivePolicy], exports: [ActivePolicy] })
export class PolicyModule {}
