import { Module } from '@nestjs/common';
import { PublicController } from './public.controller';
import { PublicReflectionsService } from './public-reflections.service';

/**
 * The public part of the API, under `/api/v1/public/`: no token, the `public` rate limit per client address (mark
 * every route with @PublicPage()). Today the Ethics Commission's published reflections.
 *
 * Extension point for the registers (issue 18): the algorithm and sensor registers add a controller of their own
 * here with `@PublicPage()` routes `GET /api/v1/public/registers/algorithms` and `GET /api/v1/public/registers/sensors`
 * (and their services over their own read-model tables), and the dashboard's `/openbaar` page links to them. Only
 * published register entries belong there, as only released reflections belong in `public_reflection`.
 */
@Module({
  controllers: [PublicController],
  providers: [PublicReflectionsService],
})
export class PublicModule {}
