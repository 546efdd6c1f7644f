import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type PersonLanguage = 'nl' | 'en';

/**
 * The person directory: who has used Waardenpoort, as their identity provider last described them (name, e-mail,
 * roles), and how they want to be told about their work. The API keeps it current from verified tokens; the mail
 * dispatcher reads it to find the people behind a role.
 */
@Entity({ name: 'person' })
@Check('CHK_person_language', `"language" IN ('nl', 'en')`)
export class PersonEntity {
  /** The identity provider's subject */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_person' })
  sub!: string;

  @Column({ type: 'text' })
  name!: string;

  /** null when the token carried no e-mail claim: such a person gets no mail. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles!: string[];

  /** The department claim of the person's last token (JWT_DEPARTMENT_CLAIM); null without one */
  @Column({ type: 'varchar', length: 120, nullable: true })
  department!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language!: PersonLanguage;

  /** Tasks and reminders in one daily mail instead of one mail each; escalations are never held back. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
