import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_OUTCOMES,
  DPO_ADVICE_VALUES,
  HTTPS_URL,
  REGISTER_URL_MAX,
  RETURNABLE_GATES,
  SHA256_HEX,
  TECHNOLOGIES,
  type DecisionOutcome,
  type GateId,
} from '@waardenpoort/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
  ValidateIf,
  IsUUID,
  IsDefined,
} from 'class-validator';
import { ProseList, ProseText } from '../../common/text-fields';
import { MultiLine } from '../../common/text-input';

const TEXT = 10_000;
const LINE = 2_000;

export class QuickScanDto {
  @ApiProperty({
    description: 'Answers keyed by question id (see GET /api/v1/policy)',
    example: { 'personal-data': false },
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Do a DPIA also when the quick-scan only recommends one' })
  @IsOptional()
  @IsBoolean()
  dpiaOptIn?: boolean;
}

export class DocumentRefDto {
  @ApiProperty({ example: 'corsa://2027/DPIA-0042' }) @IsString() @MinLength(1) @MaxLength(500) reference!: string;
  @ApiProperty({ description: 'SHA-256 of the document, 64 lowercase hex characters' })
  @IsString()
  @Matches(SHA256_HEX, { message: 'sha256 must be 64 lowercase hex characters' })
  sha256!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) title?: string;
  @ApiPropertyOptional({
    description:
      'Where the published DPIA (or its public summary) can be read: an https link, which the algorithm register ' +
      "entry's impact assessments then give",
    example: 'https://www.enschede.nl/privacy/dpia-cameras-binnenstad',
  })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_URL_MAX)
  @Matches(HTTPS_URL, { message: 'publicUrl must be an https link' })
  publicUrl?: string;
}

/** GDPR art. 35(7): what a DPIA contains at least. */
export class DpiaElementsDto {
  @ProseText(TEXT, { description: 'Systematic description of the processing and its purposes (a)' })
  description!: string;
  @ProseText(TEXT, { description: 'Necessity and proportionality (b)' })
  necessity!: string;
  @ProseText(TEXT, { description: 'Risks to the rights and freedoms of data subjects (c)' })
  risks!: string;
  @ProseText(TEXT, { description: 'Measures to address the risks (d)' })
  measures!: string;
}

export class DpiaDto {
  @ApiProperty({ type: DocumentRefDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentRefDto)
  document!: DocumentRefDto;
  @ApiProperty({ type: DpiaElementsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DpiaElementsDto)
  elements!: DpiaElementsDto;
}

export class DpoAdviceDto {
  @ApiProperty({ enum: DPO_ADVICE_VALUES }) @IsIn(DPO_ADVICE_VALUES) advice!: (typeof DPO_ADVICE_VALUES)[number];
  @ProseList({ maxEach: LINE, optional: true })
  conditions?: string[];
  @ProseText(TEXT)
  summary!: string;
  @ApiProperty({ description: 'High residual risk: the DPA must be consulted first (GDPR art. 36)' })
  @IsBoolean()
  priorConsultationRequired!: boolean;
}

export class DpaAnswerDto {
  @ApiProperty({ enum: ['no-objection', 'advice', 'objection'] })
  @IsIn(['no-objection', 'advice', 'objection'])
  outcome!: 'no-objection' | 'advice' | 'objection';
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) reference!: string;
  @ProseText(TEXT)
  summary!: string;
}

export class PriorConsultationDto {
  @ApiPropertyOptional({ description: 'The DPA extended its term (once, by 6 weeks)' })
  @IsOptional()
  @IsBoolean()
  extend?: boolean;
  @ApiPropertyOptional({ type: DpaAnswerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DpaAnswerDto)
  answer?: DpaAnswerDto;
}

export class ReasonDto {
  @ProseText(LINE)
  reason!: string;
}

export class AgendaDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2027-05-12T19:00:00+02:00',
    description: 'A date typed in; or meetingId',
  })
  @ValidateIf((o: AgendaDto) => o.meetingId === undefined || o.meetingDate !== undefined)
  @IsISO8601({ strict: true })
  meetingDate?: string;

  @ApiPropertyOptional({ description: 'A meeting of the calendar (GET /api/v1/commission-meetings) with room' })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string;
}

export class QuestionsDto {
  @ProseList({ maxEach: LINE, nonEmpty: true, noEmptyEntries: true })
  questions!: string[];
}

export class AnswersDto {
  @ProseList({ maxEach: TEXT, nonEmpty: true, noEmptyEntries: true })
  answers!: string[];
}

export class SubmittedDocumentDto {
  @ApiProperty({ example: 'corsa://2027/EC-0042' }) @IsString() @MinLength(1) @MaxLength(500) reference!: string;
  @ApiProperty({ description: 'SHA-256 of the document, 64 lowercase hex characters' })
  @IsString()
  @Matches(SHA256_HEX, { message: 'sha256 must be 64 lowercase hex characters' })
  sha256!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) title?: string;
}

/** The case owner's documents for the commission meeting are in (both fields optional: the mark alone is enough). */
export class CommissionDocumentsDto {
  @ApiPropertyOptional({ description: 'What the secretary should know about the documents', maxLength: 4_000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(4_000)
  @MultiLine()
  note?: string;

  @ApiPropertyOptional({ type: [SubmittedDocumentDto], description: 'The documents handed in, at most 20' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubmittedDocumentDto)
  documents?: SubmittedDocumentDto[];
}

export class ReflectionDto {
  @ProseText(TEXT)
  summary!: string;
  @ProseList({ maxEach: LINE, noEmptyEntries: true })
  recommendations!: string[];
  @ApiProperty({ description: 'Publish the reflection on the municipal website' }) @IsBoolean() publish!: boolean;
}

export class AdviceResponseDto {
  @ApiProperty({ example: 'dpo-advice-0' }) @IsString() @MinLength(1) @MaxLength(100) adviceId!: string;
  @ApiProperty({ enum: ['follow', 'deviate'] }) @IsIn(['follow', 'deviate']) response!: 'follow' | 'deviate';
  @MultiLine()
  @ApiProperty({ description: 'Required when deviating' })
  @IsString()
  @MaxLength(TEXT)
  explanation!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISION_OUTCOMES }) @IsIn(DECISION_OUTCOMES) outcome!: DecisionOutcome;
  @ProseText(TEXT)
  rationale!: string;
  @ProseList({ maxEach: LINE, optional: true })
  conditions?: string[];
  @ApiPropertyOptional({ enum: RETURNABLE_GATES })
  @IsOptional()
  @IsIn(RETURNABLE_GATES)
  returnTo?: GateId;
  @ApiProperty({ type: [AdviceResponseDto], description: 'Comply or explain: one answer for every advice given' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AdviceResponseDto)
  adviceResponses!: AdviceResponseDto[];
}

export class CouncilInformationDto {
  @ApiProperty({ example: 'RIB-2027-031' }) @IsString() @MinLength(1) @MaxLength(500) reference!: string;
  @ApiProperty({ format: 'date', example: '2027-06-01' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true }, { message: 'date must be a real date (YYYY-MM-DD)' })
  date!: string;
  @ApiProperty({ enum: ['raadsinformatiebrief', 'commissievergadering', 'raadsvergadering', 'other'] })
  @IsIn(['raadsinformatiebrief', 'commissievergadering', 'raadsvergadering', 'other'])
  channel!: 'raadsinformatiebrief' | 'commissievergadering' | 'raadsvergadering' | 'other';
}

export class AmendChangesDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(3) @MaxLength(200) title?: string;
  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  summary?: string;
  @ApiPropertyOptional({ enum: TECHNOLOGIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(TECHNOLOGIES, { each: true })
  technologies?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/) plannedStart?: string;
}

export class AmendDto {
  @ProseText(LINE)
  reason!: string;
  @ApiProperty({ type: AmendChangesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AmendChangesDto)
  changes!: AmendChangesDto;
}
