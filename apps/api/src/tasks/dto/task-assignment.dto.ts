import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ProseText } from '../../common/text-fields';
import { TaskHolderDto } from '../../projects/dto/project.response';

/** A person's subject as the identity provider gives it: one line of printable characters. */
export const SUB_PATTERN = /^[^\p{Cc}\p{Cs}\p{Zl}\p{Zp}]+$/u;

export class DelegateTaskDto {
  @ApiProperty({ description: 'The subject (sub) of the colleague, who must have the role of the task' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(SUB_PATTERN, { message: 'to must be one line of printable characters' })
  to!: string;

  @ProseText(2_000, { description: 'Why the task is handed over (recorded on the audit trail)' })
  reason!: string;
}

export class TaskAssignmentResponseDto {
  @ApiProperty() taskId!: string;
  @ApiProperty({ type: TaskHolderDto, nullable: true, description: 'Who has the task now; null: nobody' })
  heldBy!: TaskHolderDto | null;
}
