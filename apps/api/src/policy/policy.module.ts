import { Global, Module } from '@nestjs/common';
import { ActivePolicy } from './active-policy';
import { PolicyActivationController } from './policy-activation.controller';
import { PolicyActivationService } from './policy-activation.service';
import { PolicyController } from './policy.controller';
import { WhatIfController } from './what-if.controller';

@Global()
@Module({
  controllers: [PolicyController, PolicyActivationController, WhatIfController],
  providers: [ActivePolicy, PolicyActivationService],
  exports: [ActivePolicy],
})
export class PolicyModule {}
