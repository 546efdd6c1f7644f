import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { RefusalRecorder } from './refusal-recorder';
import { SignInConfigController } from './sign-in-config.controller';
import { TokenVerifier } from './token-verifier';

@Global()
@Module({
  controllers: [SignInConfigController],
  providers: [TokenVerifier, RefusalRecorder, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier, RefusalRecorder],
})
export class AuthModule {}
