import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { ProjectChangeHub } from './project-change-hub';

/** The live stream of project changes (server-sent events). */
@Module({ controllers: [EventsController], providers: [ProjectChangeHub] })
export class EventsModule {}
