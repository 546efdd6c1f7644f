import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { uuidParam } from '../common/uuid.pipe';
import { CouncilLetterQuery, type LetterFormat } from './council-letter.query';
import { CouncilLetterService, DOCX_TYPE, PDF_TYPE } from './council-letter.service';

const binary = { schema: { type: 'string', format: 'binary' } };

@ApiTags('projects')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid bearer token (application/problem+json)' })
@Controller('api/v1/projects')
export class CouncilLetterController {
  constructor(private readonly letters: CouncilLetterService) {}

  /**
   * The draft raadsinformatiebrief: Word by default (the liaison edits it), PDF on request. `?format=` wins over the
   * Accept header. The liaison still records the reference and date with `POST .../council-information`.
   */
  @Get(':id/council-letter')
  @Roles('council-liaison', 'cio-office', 'portfolio-holder', 'auditor', 'case-owner')
  @ApiProduces(DOCX_TYPE, PDF_TYPE)
  @ApiOkResponse({
    description:
      'The draft letter as an attachment: the project, the route and the rules with their sources, each advice and ' +
      'how the decision answered it, the decision and its conditions, in the words of the council letter template ' +
      'of the policy version in force (named in the footer and the document properties). Drawn from the project as ' +
      'the caller may read it (READ_SCOPE): advice the caller may not read is left out, and the letter says so.',
    content: { [DOCX_TYPE]: binary, [PDF_TYPE]: binary },
  })
  @ApiBadRequestResponse({ description: 'The id is not a UUID, or format/lang is not one of the values' })
  @ApiForbiddenResponse({
    description: 'Only the council liaison, CIO office, portfolio holder, auditor and case owner draft the letter',
  })
  @ApiNotFoundResponse({ description: "No such project, or one outside the caller's read scope (the same answer)" })
  @ApiNotAcceptableResponse({ description: 'The Accept header allows neither docx nor PDF' })
  @ApiConflictResponse({
    description:
      'council-information-not-required: the route does not require informing the council; no-decision-yet: there ' +
      'is no decision to report; no-council-letter-template: the policy in force has no councilLetter section',
  })
  async councilLetter(
    @Param('id', uuidParam()) id: string,
    @Query() query: CouncilLetterQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const format: LetterFormat = query.format ?? negotiate(req);
    const letter = await this.letters.draft(id, actor, format, query.lang ?? 'nl');
    res.attachment(letter.filename);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Accept');
    return new StreamableFile(letter.body, { type: letter.contentType, length: letter.body.length });
  }
}

/** Word unless the Accept header prefers PDF (no header, or `*\/*`: Word); neither acceptable: 406. */
function negotiate(req: Request): LetterFormat {
  const accepted = req.accepts([DOCX_TYPE, PDF_TYPE]);
  if (accepted === PDF_TYPE) return 'pdf';
  if (accepted === DOCX_TYPE) return 'docx';
  throw new ProblemException(406, `The letter is available as ${DOCX_TYPE} or ${PDF_TYPE}, or with ?format=docx|pdf.`, {
    slug: 'not-acceptable',
  });
}
