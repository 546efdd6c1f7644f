import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@waardenpoort/domain';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class PublicDecisionDto {
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: DecisionOutcome;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

/** A published reflection of the Ethics Commission: only what the ethics secretary released. */
export class PublicReflectionDto {
  @ApiProperty({ format: 'uuid', description: 'The public id of the publication (not the project id)' }) id!: string;
  @ApiProperty({ description: "The project's title" }) title!: string;
  @ApiProperty() department!: string;
  @ApiProperty({ description: 'The question put to the commission' }) question!: string;
  @ApiProperty({ type: String, nullable: true, description: 'An introduction for the public' })
  publicSummary!: string | null;
  @ApiProperty({ description: "The commission's observations, as recorded" }) observations!: string;
  @ApiProperty({ type: [String], description: "The commission's recommendations, as recorded" })
  recommendations!: string[];
  @ApiProperty({ format: 'date-time', description: 'When the commission recorded its reflection' })
  reflectedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was released for publication' }) publishedAt!: string;
  @ApiProperty({
    type: PublicDecisionDto,
    nullable: true,
    description:
      'The decision that followed, once public: after the council was informed, or, when the route needs no ' +
      'council information, once it is recorded. Never its rationale.',
  })
  decision!: PublicDecisionDto | null;
}

export class PublicReflectionPageDto {
  @ApiProperty({ type: [PublicReflectionDto] }) items!: PublicReflectionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class PublicReflectionsQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'Search in title, question, observations, recommendations' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
