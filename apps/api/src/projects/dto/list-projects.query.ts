import { ApiPropertyOptional } from '@nestjs/swagger';
import { GATE_IDS, PROJECT_STATUSES, type GateId, type ProjectStatus } from '@waardenpoort/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CountParam } from '../../common/count-param';

export class ListProjectsQuery {
  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ enum: GATE_IDS })
  @IsOptional()
  @IsIn(GATE_IDS)
  currentGate?: GateId;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @CountParam(100_000, { default: 1 })
  page: number = 1;

  @CountParam(200, { default: 25, maximum: 200 })
  pageSize: number = 25;
}
