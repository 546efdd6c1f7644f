import { Module } from '@nestjs/common';
import { RegistersModule } from '../registers/registers.module';
import { PublicController } from './public.controller';
import { PublicMapController } from './public-map.controller';
import { PublicRegistersController } from './public-registers.controller';
import { PublicReflectionsService } from './public-reflections.service';

/**
 * The public part of the API, under `/api/v1/public/`: no token, the `public` rate limit per client address (mark
 * every route with @PublicPage()). The Ethics Commission's published reflections, and the algorithm and sensor
 * registers through the same export as the signed-in routes (only published entries), and the sensor map's settings.
 */
@Module({
  imports: [RegistersModule],
  controllers: [PublicController, PublicRegistersController, PublicMapController],
  providers: [PublicReflectionsService],
})
export class PublicModule {}
