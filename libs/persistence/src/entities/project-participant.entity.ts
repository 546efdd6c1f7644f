import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Who acts on a project: its case owner, every named assignee of its steps, everyone whose action its workflow
 * accepted. What a case owner reads (READ_SCOPE `acting`); person first, so their projects are one index range.
 * Made by migration ReadScope1765530000000; only ever added to.
 */
@Entity({ name: 'project_participant' })
export class ProjectParticipantEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_project_participant' })
  sub!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'PK_project_participant' })
  projectId!: string;
}
