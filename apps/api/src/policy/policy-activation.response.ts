import { ApiProperty } from '@nestjs/swagger';
import { REROUTE_CHOICES } from '@waardenpoort/domain';

/** The answers of /api/v1/policy/activations, for the OpenAPI document (and so the dashboard's generated types). */

export class ActivationPolicyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'SHA-256 of the stored document' }) sha256!: string;
}

export class ActivationActorDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
}

export class ActivationDeliveryDto {
  @ApiProperty({ description: 'Projects that took the request: a new quick-scan task' }) requested!: number;
  @ApiProperty({ description: 'Projects whose workflow refused it (closed, on hold, ...)' }) refused!: number;
  @ApiProperty({ description: 'Projects that gave no answer after three tries' }) failed!: number;
  @ApiProperty({ description: 'Projects not asked yet' }) pending!: number;
}

export class PolicyActivationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ActivationPolicyRefDto }) policy!: ActivationPolicyRefDto;
  @ApiProperty({ enum: REROUTE_CHOICES, description: 'What the CIO office chose for the running projects' })
  reroute!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why (null for an activation through /policy/versions)' })
  reason!: string | null;
  @ApiProperty({ format: 'date-time' }) activatedAt!: string;
  @ApiProperty({ type: ActivationActorDto }) activatedBy!: ActivationActorDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Running projects per what-if verdict under the new version, at the moment of activation',
  })
  tally!: Record<string, number>;
  @ApiProperty({ description: 'Projects selected for a new quick-scan' }) selected!: number;
  @ApiProperty({ enum: ['delivering', 'done'], description: 'delivering while a selected project was not asked yet' })
  state!: string;
  @ApiProperty({ type: ActivationDeliveryDto }) delivered!: ActivationDeliveryDto;
}

export class PolicyActivationPageDto {
  @ApiProperty({ type: [PolicyActivationDto] }) items!: PolicyActivationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ActivationRefusalDto {
  @ApiProperty({ description: "The workflow's refusal code, e.g. project-on-hold" }) code!: string;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
}

export class ActivationProjectDto {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() department!: string;
  @ApiProperty({ description: 'The what-if verdict under the new version' }) verdict!: string;
  @ApiProperty({ enum: ['pending', 'requested', 'refused', 'failed'] }) state!: string;
  @ApiProperty({ type: ActivationRefusalDto, nullable: true }) refusal!: ActivationRefusalDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) requestedAt!: string | null;
}

export class ActivationProjectPageDto {
  @ApiProperty({ type: [ActivationProjectDto] }) items!: ActivationProjectDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class PolicyActivationDetailsDto extends PolicyActivationDto {
  @ApiProperty({ type: ActivationProjectPageDto }) projects!: ActivationProjectPageDto;
}
