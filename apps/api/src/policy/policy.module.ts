import { Global, Module } from '@nestjs/common';
import { ActivePolicy } from './active-policy';
import { PolicyController } from './policy.controller';
import { WhatIfController } from './what-if.controller';

@Global()
@Module({ controllers: [PolicyController, WhatIfController], providers: [ActivePolicy], exports: [ActivePolicy] })
export class PolicyModule {}
